// Dates in words at their own granularity, from an event's TIMEX3 value ("2021-08-31TNI" -> "Night of Tue 31
// Aug 2021", "199X" -> "the 1990s"). English names on purpose: the same label in every browser locale.

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS = { SP: "Spring", SU: "Summer", FA: "Autumn", WI: "Winter" };
const PARTS_OF_DAY = { MO: "Morning", MI: "Midday", AF: "Afternoon", EV: "Evening", NI: "Night", DT: "Daytime" };
// TIMEX3 mod -> [prefix for most labels, word inside "the ... 1990s"]
const MODS = {
  START: ["Early", "early"],
  MID: ["Mid-", "mid-"],
  END: ["Late", "late"],
  APPROX: ["About", "about"],
  BEFORE: ["Before", "before"],
  AFTER: ["After", "after"],
  ON_OR_BEFORE: ["On or before", "on or before"],
  ON_OR_AFTER: ["On or after", "on or after"],
};
const COARSE = new Set(["century", "decade", "year"]);
const MEDIUM = new Set(["season", "quarter", "month", "week"]);

/** "coarse" (centuries, decades, years), "medium" (seasons to weeks) or "fine" (a day or finer). */
export function precision(granularity) {
  if (COARSE.has(granularity)) return "coarse";
  if (MEDIUM.has(granularity)) return "medium";
  return "fine";
}

function utcDate(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "Tue 31 Aug 2021" */
export function dayLabel(year, month, day) {
  const d = utcDate(year, month, day);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function clockLabel(hour, minute) {
  const suffix = hour < 12 ? "AM" : "PM";
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, "0")} ${suffix}`;
}

function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th"}`;
}

/** Monday of ISO week `week` of `year`, as [year, month, day]. */
function isoWeekMonday(year, week) {
  const jan4 = utcDate(year, 1, 4);
  const mondayOfWeek1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
  const monday = new Date(mondayOfWeek1.getTime() + (week - 1) * 7 * 86400000);
  return [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
}

function parts(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    return { kind: "clock", y: +m[1], mo: +m[2], d: +m[3], h: +m[4], mi: +m[5] };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/.exec(value))) {
    return { kind: "clock", y: +m[1], mo: +m[2], d: +m[3], h: +m[4], mi: 0 };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T([A-Z]{2})$/.exec(value)) && PARTS_OF_DAY[m[4]]) {
    return { kind: "part", y: +m[1], mo: +m[2], d: +m[3], part: m[4] };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { kind: "day", y: +m[1], mo: +m[2], d: +m[3] };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return { kind: "week", y: +m[1], w: +m[2], weekend: !!m[3] };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { kind: "month", y: +m[1], mo: +m[2] };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { kind: "season", y: +m[1], season: m[2] };
  if ((m = /^(\d{4})-([QH])([1-4])$/.exec(value))) return { kind: "quarter", y: +m[1], q: m[2] + m[3] };
  if ((m = /^(\d{4})$/.exec(value))) return { kind: "year", y: +m[1] };
  if ((m = /^(\d{3})X$/.exec(value))) return { kind: "decade", decade: +m[1] * 10 };
  if ((m = /^(\d{2})(XX)?$/.exec(value))) return { kind: "century", century: +m[1] + 1 };
  return null;
}

function plainLabel(p) {
  switch (p.kind) {
    case "clock":
      return `${clockLabel(p.h, p.mi)} ${dayLabel(p.y, p.mo, p.d)}`;
    case "part":
      return `${PARTS_OF_DAY[p.part]} of ${dayLabel(p.y, p.mo, p.d)}`;
    case "day":
      return dayLabel(p.y, p.mo, p.d);
    case "week": {
      const [y, mo, d] = isoWeekMonday(p.y, p.w);
      if (p.weekend) {
        const sat = new Date(utcDate(y, mo, d).getTime() + 5 * 86400000);
        return `Weekend of ${dayLabel(sat.getUTCFullYear(), sat.getUTCMonth() + 1, sat.getUTCDate())}`;
      }
      return `Week of ${dayLabel(y, mo, d).slice(4)}`;
    }
    case "month":
      return `${MONTHS[p.mo - 1]} ${p.y}`;
    case "season":
      return `${SEASONS[p.season]} ${p.y}`;
    case "quarter":
      return `${p.q} ${p.y}`;
    case "year":
      return String(p.y);
    case "decade":
      return `the ${p.decade}s`;
    case "century":
      return `the ${ordinal(p.century)} century`;
    default:
      return "";
  }
}

/** When the value says nothing we can read (e.g. PRESENT_REF), the interval's start at the granularity. */
function fallbackLabel(event) {
  const start = new Date(event.start);
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth() + 1;
  const d = start.getUTCDate();
  switch (event.granularity) {
    case "century":
      return `the ${ordinal(Math.floor(y / 100) + 1)} century`;
    case "decade":
      return `the ${Math.floor(y / 10) * 10}s`;
    case "year":
      return String(y);
    case "season":
    case "quarter":
    case "month":
      return `${MONTHS[mo - 1]} ${y}`;
    case "week":
      return `Week of ${dayLabel(y, mo, d).slice(4)}`;
    case "part_of_day":
    case "hour":
    case "minute":
      return `${clockLabel(start.getUTCHours(), start.getUTCMinutes())} UTC ${dayLabel(y, mo, d)}`;
    default:
      return dayLabel(y, mo, d);
  }
}

/** The event's date in words at its own granularity, with its TIMEX3 mod ("Early 2021", "the late 1990s"). */
export function eventLabel(event) {
  const p = parts(event.timex.value);
  const label = p ? plainLabel(p) : fallbackLabel(event);
  const mod = MODS[event.timex.mod];
  if (!mod) return label;
  if (label.startsWith("the ")) return `the ${mod[1]}${mod[1].endsWith("-") ? "" : " "}${label.slice(4)}`;
  return `${mod[0]}${mod[0].endsWith("-") ? "" : " "}${label}`;
}

/** The heading an event is listed under: its day when it is a day or finer, else its own label. */
export function headingOf(event) {
  const p = parts(event.timex.value);
  if (p && (p.kind === "clock" || p.kind === "part" || p.kind === "day")) {
    return { key: `${p.y}-${p.mo}-${p.d}`, label: dayLabel(p.y, p.mo, p.d) };
  }
  const label = eventLabel(event);
  return { key: `${event.granularity}:${event.timex.value}:${event.timex.mod || ""}`, label };
}

/** A value HTML's <time datetime> accepts (dates, months, years, weeks, local date-times), else null. */
export function machineDate(value) {
  if (/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(value) || /^\d{4}-W\d{2}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  return m ? m[1] : null;
}

/**
 * Where `text` is in `sentence`: the sentence is a stripped slice of the article body and `offset` is
 * where the expression starts in the body, so the expression is at most `offset` characters in; of the
 * occurrences that fit, the one nearest the offset. Whole-word matches are preferred. Null if absent.
 */
export function locate(sentence, text, offset) {
  if (!text) return null;
  const find = (haystack, needle) => {
    const found = [];
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
    return found;
  };
  let hits = find(sentence, text);
  if (hits.length === 0) hits = find(sentence.toLowerCase(), text.toLowerCase());
  if (hits.length === 0) return null;
  const isWord = (ch) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
  const whole = hits.filter((i) => !isWord(sentence[i - 1]) && !isWord(sentence[i + text.length]));
  const pool = whole.length ? whole : hits;
  const fitting = pool.filter((i) => i <= offset);
  const candidates = fitting.length ? fitting : pool;
  let best = candidates[0];
  for (const i of candidates) if (Math.abs(offset - i) < Math.abs(offset - best)) best = i;
  return { start: best, end: best + text.length };
}
