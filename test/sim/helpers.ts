import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(__dirname, "..", "..", "..", "shared");
export const CORPUS = join(SHARED, "corpus");
export const HAVE_SHARED = existsSync(CORPUS);
if (!HAVE_SHARED) console.warn("SKIPPED: ../shared not found; corpus tests of the .docx reader and simulator skipped");

export const corpusTest = HAVE_SHARED ? test : test.skip;

export function corpusFile(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, rel)));
}

export const DOCX_FILES = [
  "nd30_m17_giay_moi.docx",
  "nd30_pl5_bien_ban_giao_nhan.docx",
  "tt28_m16_thong_bao_tim_viec.docx",
  "originals/cccd_to_khai.docx",
  "originals/nd30_2020_phuluc3.docx",
  "originals/nd30_2020_phuluc5.docx",
  "originals/tt28_2015_mau16.docx",
];
