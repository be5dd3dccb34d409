// Task pane entry: mount the shared panel on the Excel session once Office is ready.
import "../legacy.js";
import { mountPanel } from "../../ui/panel.js";
import { saveLang, session } from "../host.js";
// the ribbon's ExecuteFunction handlers live in this runtime page too
import "../commands/commands.js";

function mount(root: HTMLElement): void {
  mountPanel(root, session, {
    lang: session.lang,
    onLangChange: (lang) => {
      session.lang = lang;
      saveLang(lang);
    },
  });
}

Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  mount(root);
  // a ribbon command ran: re-mount so the pane shows its outcome (initial() returns the session's last state)
  session.onChange(() => mount(root));
});
