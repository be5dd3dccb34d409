// Ribbon buttons (ExecuteFunction) in the shared runtime: they run without the pane; a failure opens the pane
// so the message is seen, because ExecuteFunction has no other place to show it.
import { session } from "../host.js";

function action(kind: "score" | "plan" | "units") {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await session.fromRibbon(kind);
    } catch {
      // the session keeps the message and tells an open pane; a closed one shows it when it opens
      await Office.addin.showAsTaskpane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("scoreSheet", action("score"));
  Office.actions.associate("buildPlan", action("plan"));
  Office.actions.associate("consolidateUnits", action("units"));
});
