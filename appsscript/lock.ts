// Two people clicking Tính điểm at once must not interleave their writes: one document lock per command.
import type { Lang } from "../shared/index.js";

const WAIT_MS = 30_000;
const BUSY: Record<Lang, string> = {
  vi: "Một người khác đang chạy lệnh CCHC trên bảng tính này. Vui lòng thử lại sau ít giây.",
  en: "Someone else is running a CCHC command on this spreadsheet. Please try again in a few seconds.",
};

export function withDocumentLock<T>(lang: Lang, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) throw new Error(BUSY[lang]);
  try {
    const out = work();
    // commit before the next person's command reads
    SpreadsheetApp.flush();
    return out;
  } finally {
    lock.releaseLock();
  }
}
