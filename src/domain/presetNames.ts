/**
 * The presets a standard table can be pre-filled from: their ids and their names in Vietnamese and English, all the
 * pane's first screen needs of them (the Insert tab's choice, the settings). Their figures (presets.ts) bring the
 * indicators and the national targets along, so the pane loads those with its engine, on the first command.
 */
export const PRESET_IDS = ["national", "thai-binh", "soc-trang", "lam-dong", "mpi", "blank"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(s: string): s is PresetId {
  return (PRESET_IDS as readonly string[]).includes(s);
}

export const PRESET_NAMES: Readonly<Record<PresetId, { readonly nameVi: string; readonly nameEn: string }>> = {
  national: { nameVi: "Chỉ tiêu quốc gia (781/QĐ-BTTTT, 348/QĐ-TTg)", nameEn: "National targets (Decisions 781 and 348)" },
  "thai-binh": { nameVi: "Tỉnh Thái Bình (Kế hoạch ngày 24/11/2023)", nameEn: "Thái Bình province (plan of 24/11/2023)" },
  "soc-trang": { nameVi: "Tỉnh Sóc Trăng (Kế hoạch 192/KH-UBND ngày 12/10/2023)", nameEn: "Sóc Trăng province (plan 192/KH-UBND, 12/10/2023)" },
  "lam-dong": { nameVi: "Tỉnh Lâm Đồng (Kế hoạch tháng 5/2023)", nameEn: "Lâm Đồng province (plan of May 2023)" },
  mpi: { nameVi: "Bộ Kế hoạch và Đầu tư (Quyết định 1194/QĐ-BKHĐT)", nameEn: "Ministry of Planning and Investment (Decision 1194/QĐ-BKHĐT)" },
  blank: { nameVi: "Bảng trống", nameEn: "Blank tables" },
};
