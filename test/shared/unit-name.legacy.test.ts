import { describe, expect, it } from "vitest";
import { encodeLegacy } from "../../shared/legacy-encoding.js";
import { unitTitle } from "../../shared/unit-name.js";

describe("a unit's name typed in a legacy encoding", () => {
  it.each(["TCVN3", "VNI"] as const)("%s: the title's label and name are read as Unicode", (encoding) => {
    const enc = (s: string) => encodeLegacy(s, encoding);
    expect(unitTitle([[enc("Đơn vị: Bệnh viện đa khoa tỉnh")], ["STT"]], 1)?.name).toBe("Bệnh viện đa khoa tỉnh");
    expect(unitTitle([[enc("Tên đơn vị"), enc("Trung tâm Kiểm soát bệnh tật")], ["STT"]], 1)?.name).toBe("Trung tâm Kiểm soát bệnh tật");
  });
});
