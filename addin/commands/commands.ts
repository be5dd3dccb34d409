// Ribbon buttons (ExecuteFunction). With the shared runtime (Excel 2021, Microsoft 365, web, Mac) they run beside
// the pane; on Excel 2016/2019 they run in a runtime of their own, which finds its handlers as global functions.
import { session } from "../host.js";
import { has } from "../excel/support.js";

function action(kind: "score" | "plan" | "progress" | "units") {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await session.fromRibbon(kind);
    } catch {
      // the session keeps the message and tells an open pane; a closed one shows it when it opens
      if (has("sharedRuntime")) await Office.addin.showAsTaskpane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

export const RIBBON_ACTIONS = { scoreSheet: action("score"), buildPlan: action("plan"), reportProgress: action("progress"), consolidateUnits: action("units") } as const;

// Excel without the shared runtime calls the manifest's FunctionName as a global function of the function file.
Object.assign(globalThis, RIBBON_ACTIONS);

Office.onReady(() => {
  // Office.actions is missing from older Office.js hosts; the globals above serve those
  if (typeof Office.actions?.associate !== "function") return;
  for (const [name, handler] of Object.entries(RIBBON_ACTIONS)) Office.actions.associate(name, handler);
});
