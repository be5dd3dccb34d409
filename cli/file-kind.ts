// What a file really is, from its bytes, so a wrong input gets its real cause: an OpenDocument spreadsheet,
// a password-protected workbook (an OLE container holding EncryptedPackage), a plain zip, an old .xls.

export type FileKind = "xlsx" | "xlsb" | "ods" | "encrypted" | "xls" | "zip" | "other";

const has = (bytes: Uint8Array, text: string, encoding: "latin1" | "utf16le" = "latin1") =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, encoding));

export function fileKind(bytes: Uint8Array): FileKind {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) return has(bytes, "EncryptedPackage", "utf16le") ? "encrypted" : "xls";
  if (!zip) return "other";
  // ODF stores its "mimetype" entry first and uncompressed
  if (has(bytes.subarray(0, 256), "application/vnd.oasis.opendocument")) return "ods";
  // zip entry names are stored as written, so a workbook's parts can be found without unzipping
  if (has(bytes, "xl/workbook.bin")) return "xlsb";
  if (has(bytes, "xl/workbook.xml") || has(bytes, "[Content_Types].xml")) return "xlsx";
  // no directory at all: a damaged or truncated file, not an archive to unpack
  return zipEntries(bytes).length ? "zip" : "other";
}

/** Names of the entries of a zip (central directory), for saying which workbook a plain zip holds. */
export function zipEntries(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  for (let i = buf.indexOf("PK\x01\x02", 0, "latin1"); i >= 0 && i + 46 <= buf.length; i = buf.indexOf("PK\x01\x02", i + 46, "latin1")) {
    const length = buf.readUInt16LE(i + 28);
    const utf8 = (buf.readUInt16LE(i + 8) & 0x800) !== 0;
    names.push(buf.toString(utf8 ? "utf8" : "latin1", i + 46, i + 46 + length));
  }
  return names;
}
