// Ribbon buttons (ExecuteFunction) in the shared runtime: they run without the pane; a failure opens the pane
// so the message is seen, because ExecuteFunction has no other place to show it.
import { session } from "../host.js";

function action(kind: "score" | "plan") {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await session.fromRibbon(kind);
    } catch (e) {
      session.state.notice = e instanceof Error ? e.message : String(e);
      await Office.addin.showAsTaskpane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("scoreSheet", action("score"));
  Office.actions.associate("buildPlan", action("plan"));
});
