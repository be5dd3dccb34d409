// Merged areas as a host tells them in one call: Excel's merged areas of a sheet come back as one address
// ("Bảng!B2:E2,Bảng!B5:E5"), each a block the write must not put a figure into, but for its top-left cell.
import { areas, blockOfAddress, type CellBlock } from "./address.js";

/** The blocks of an areas address (sheet names and $ signs dropped); a part that is no block is passed over. */
export function mergedBlocks(address: string): CellBlock[] {
  const out: CellBlock[] = [];
  for (const part of areas(address)) {
    const block = part.trim() ? blockOfAddress(part) : null;
    if (block && (block.rows > 1 || block.cols > 1)) out.push(block);
  }
  return out;
}
