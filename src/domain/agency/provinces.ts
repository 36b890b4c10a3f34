/**
 * Vietnam's provinces as reports name them, and the 2025 mergers (Resolution 202/2025/QH15: 63 provincial units
 * became 34 on 1 July 2025). Reports name a province in a label ("Tỉnh: Nam Định"), a title ("UBND TỈNH NAM ĐỊNH")
 * or a column; names are compared folded, without "tỉnh"/"thành phố" in front.
 */
import { memoByText } from "../memo";
import { fold } from "../text";

/** The 63 provincial units before 1 July 2025, as they are usually written. */
export const PROVINCES_BEFORE_2025_07: readonly string[] = [
  "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn",
  "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
  "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
  "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
  "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
  "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
  "Thái Nguyên", "Thanh Hóa", "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

/** The merged provinces of 1 July 2025: the new unit's name, and the units merged into it (itself included). */
export const PROVINCE_MERGERS_2025: ReadonlyArray<{ readonly province: string; readonly formers: readonly string[] }> = [
  { province: "Tuyên Quang", formers: ["Tuyên Quang", "Hà Giang"] },
  { province: "Lào Cai", formers: ["Lào Cai", "Yên Bái"] },
  { province: "Thái Nguyên", formers: ["Thái Nguyên", "Bắc Kạn"] },
  { province: "Phú Thọ", formers: ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"] },
  { province: "Bắc Ninh", formers: ["Bắc Ninh", "Bắc Giang"] },
  { province: "Hưng Yên", formers: ["Hưng Yên", "Thái Bình"] },
  { province: "Hải Phòng", formers: ["Hải Phòng", "Hải Dương"] },
  { province: "Ninh Bình", formers: ["Ninh Bình", "Hà Nam", "Nam Định"] },
  { province: "Quảng Trị", formers: ["Quảng Trị", "Quảng Bình"] },
  { province: "Đà Nẵng", formers: ["Đà Nẵng", "Quảng Nam"] },
  { province: "Quảng Ngãi", formers: ["Quảng Ngãi", "Kon Tum"] },
  { province: "Gia Lai", formers: ["Gia Lai", "Bình Định"] },
  { province: "Khánh Hòa", formers: ["Khánh Hòa", "Ninh Thuận"] },
  { province: "Lâm Đồng", formers: ["Lâm Đồng", "Đắk Nông", "Bình Thuận"] },
  { province: "Đắk Lắk", formers: ["Đắk Lắk", "Phú Yên"] },
  { province: "Hồ Chí Minh", formers: ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"] },
  { province: "Đồng Nai", formers: ["Đồng Nai", "Bình Phước"] },
  { province: "Tây Ninh", formers: ["Tây Ninh", "Long An"] },
  { province: "Cần Thơ", formers: ["Cần Thơ", "Sóc Trăng", "Hậu Giang"] },
  { province: "Vĩnh Long", formers: ["Vĩnh Long", "Bến Tre", "Trà Vinh"] },
  { province: "Đồng Tháp", formers: ["Đồng Tháp", "Tiền Giang"] },
  { province: "Cà Mau", formers: ["Cà Mau", "Bạc Liêu"] },
  { province: "An Giang", formers: ["An Giang", "Kiên Giang"] },
];

/** The date the mergers took effect. */
export const PROVINCE_MERGER_DATE_2025 = { year: 2025, month: 7, day: 1 } as const;

/** Other spellings of a name, folded, to the name's own folded key. */
const ALIASES: Readonly<Record<string, string>> = {
  "thua thien hue": "hue",
  "ba ria vung tau": "ba ria vung tau",
  brvt: "ba ria vung tau",
  hcm: "ho chi minh",
  "tp hcm": "ho chi minh",
  "sai gon": "ho chi minh",
  "dak lak": "dak lak",
  "dac lac": "dak lak",
  "dak nong": "dak nong",
  "bac can": "bac kan",
};

const PREFIX = /^(?:ubnd |uy ban nhan dan )?(?:tinh |thanh pho |tp |t p )/;

/** The key a province's name compares by: folded, without "tỉnh"/"thành phố"/"TP." in front, aliases resolved. */
export function provinceKey(name: string): string {
  let key = fold(name);
  for (let i = 0; i < 2 && PREFIX.test(key); i++) key = key.replace(PREFIX, "");
  return ALIASES[key] ?? key;
}

const KNOWN = new Map<string, string>(PROVINCES_BEFORE_2025_07.map((p) => [provinceKey(p), p] as const));
/** Longest names first, so "Hà Nam" never wins inside "Hà Nam Ninh" and "Bắc Ninh" before "Ninh". */
const KNOWN_KEYS = [...KNOWN.keys(), ...Object.keys(ALIASES)].sort((a, b) => b.length - a.length);

/** The known province a key names ("nam dinh" → "Nam Định"), or null. */
export function knownProvince(key: string): string | null {
  return KNOWN.get(ALIASES[key] ?? key) ?? null;
}

/**
 * The province a text names after "tỉnh", "thành phố" or "TP." ("UBND TỈNH NAM ĐỊNH", "trên địa bàn tỉnh Thái Bình
 * năm 2024"): a known province, else the (at most four) words that follow, up to a year, a digit, punctuation or a
 * word such as "năm", "về", "giai đoạn" ("UBND TỈNH MINH SƠN" → "Minh Sơn"); null when none follow ("của tỉnh").
 */
export function provinceInText(text: string): string | null {
  return provinceInTextMemo(text);
}

/** Words that end a province's name in a title. */
const STOP = new Set([
  "nam", "ve", "giai", "doan", "trong", "tren", "den", "tu", "theo", "cua", "va", "thuc", "hien", "bao", "cao", "ke",
  "hoach", "da", "dat", "duoc", "co", "la", "voi", "nhu", "sau", "truoc", "gui", "so", "cac",
]);

// Titles and agency names recur on every file of a consolidation: each is looked at once.
const provinceInTextMemo = memoByText((text: string): string | null => {
  const words = fold(text);
  const re = /\b(?:tinh|thanh pho|tp)\s+/g;
  for (let m = re.exec(words); m !== null; m = re.exec(words)) {
    const rest = words.slice(m.index + m[0].length);
    const hit = KNOWN_KEYS.find((k) => rest === k || rest.startsWith(`${k} `));
    if (hit) return knownProvince(hit);
  }
  return unknownProvinceIn(text);
});

/** A province the list does not know (a fictional one in examples, a name spelled otherwise), from the typed words. */
function unknownProvinceIn(text: string): string | null {
  const tokens = text.split(/\s+/).filter((t) => t !== "");
  const folded = tokens.map((t) => fold(t));
  for (let i = 0; i < tokens.length; i++) {
    const after = folded[i] === "tinh" || folded[i] === "tp" ? i + 1 : folded[i] === "thanh" && folded[i + 1] === "pho" ? i + 2 : -1;
    if (after < 0) continue;
    const name: string[] = [];
    for (let j = after; j < tokens.length && name.length < 4; j++) {
      const f = folded[j] ?? "";
      const token = tokens[j] ?? "";
      // A proper name: each word starts with a capital ("tỉnh Minh Sơn", "TỈNH MINH SƠN"), never "tỉnh đã đạt".
      if (f === "" || /\d/.test(f) || STOP.has(f) || !/^\p{Lu}/u.test(token)) break;
      name.push(token.replace(/[,.;:!?)(“”"]+$/u, ""));
      if (/[,.;:!?)]$/u.test(token)) break;
    }
    if (name.length > 0) return name.map(titleCase).join(" ");
  }
  return null;
}

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** The known province an agency's name ends with ("Đài Phát thanh và Truyền hình Nam Định" → "Nam Định"), or null. */
export function provinceEndingName(agency: string): string | null {
  return provinceEndingMemo(agency);
}

const provinceEndingMemo = memoByText((agency: string): string | null => {
  const words = fold(agency);
  const hit = KNOWN_KEYS.find((k) => words.endsWith(` ${k}`));
  return hit ? knownProvince(hit) : null;
});
