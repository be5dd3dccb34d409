// What the panel says when a host call fails: our own messages as they are; anything else (an Office.js or Apps
// Script exception, usually in English) as one sentence staff can act on, with the original kept under "details".
import type { Lang } from "../shared/types.js";
import { ui } from "./strings.js";

/** Vietnamese letters: our messages to staff carry them, a host's exceptions do not. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

export function friendlyError(e: unknown, lang: Lang): { text: string; detail: string } {
  const raw = e instanceof Error ? e.message : typeof e === "string" ? e : String((e as { message?: unknown } | null)?.message ?? e);
  const ours = (e as { name?: unknown } | null)?.name === "UserError" || VIETNAMESE.test(raw);
  if (ours && raw) return { text: raw, detail: "" };
  const busy = /lock|timed? ?out|busy|try again/i.test(raw);
  return { text: ui(lang, busy ? "hostBusy" : "hostFailed"), detail: raw };
}
