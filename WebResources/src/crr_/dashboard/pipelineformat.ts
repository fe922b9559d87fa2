/*
 * Web resource crr_/dashboard/pipelineformat.js — numbers, money and dates as the user set them in Dynamics 365
 * (Personalization settings → Formats), compiled from this file. The client API gives no number format, so the page
 * reads the user's usersettings row (decimal symbol, digit grouping, date pattern) once; without it (no read privilege,
 * offline) it formats as the browser's locale does. Month names come from the user's language.
 */
namespace CrmRenewals.RenewalPipeline {
    /** The user's formats. */
    export interface UserFormats {
        /** BCP 47 tags for Intl (month names, compact figures); undefined is the browser's. */
        locales: string[] | undefined;
        /** Decimal symbol and digit grouping symbol of the user's settings, or null for the locale's. */
        decimalSymbol: string | null;
        groupSymbol: string | null;
        /** The user's short date pattern ("M/d/yyyy", "dd.MM.yyyy"), or null for the locale's. */
        datePattern: string | null;
        /** ISO code of the organization's base currency, or null to show plain numbers. */
        currency: string | null;
    }

    /** Formatting functions the view uses. */
    export interface Format {
        money(value: number): string;
        compactMoney(value: number): string;
        count(value: number): string;
        monthOnly(year: number, month: number): string;
        month(year: number, month: number): string;
        day(date: DateOnly): string;
        localDay(date: Date): string;
    }

    /** Windows language ids (LCID) of the languages Dynamics 365 ships, as BCP 47 tags. */
    const LanguageTags: Readonly<Record<number, string>> = Object.freeze({
        1025: "ar-SA", 1028: "zh-TW", 1029: "cs-CZ", 1030: "da-DK", 1031: "de-DE", 1032: "el-GR", 1033: "en-US", 1035: "fi-FI",
        1036: "fr-FR", 1037: "he-IL", 1038: "hu-HU", 1040: "it-IT", 1041: "ja-JP", 1042: "ko-KR", 1043: "nl-NL", 1044: "nb-NO",
        1045: "pl-PL", 1046: "pt-BR", 1049: "ru-RU", 1053: "sv-SE", 1055: "tr-TR", 2052: "zh-CN", 2057: "en-GB", 2070: "pt-PT",
        3082: "es-ES", 3084: "fr-CA",
    });

    /** The BCP 47 tag of an LCID, or null when it is not one of the list. */
    export function languageTag(lcid: number | null | undefined): string | null {
        return lcid ? LanguageTags[lcid] || null : null;
    }

    /** The columns of usersettings the formats come from. */
    export const UserSettingsQuery = "?$select=decimalsymbol,numberseparator,dateformatstring,dateseparator,localeid";

    /** The formats from the user's usersettings row (null: none could be read) and the user's UI language. */
    export function userFormats(settings: Record<string, unknown> | null, languageId: number | null, browserLocales: readonly string[] | undefined, currency: string | null): UserFormats {
        const text = (name: string): string | null => (settings && typeof settings[name] === "string" && settings[name] !== "" ? settings[name] as string : null);
        const tag = languageTag(settings ? Number(settings.localeid) : null) || languageTag(languageId);
        const separator = text("dateseparator");
        const pattern = text("dateformatstring");
        return {
            locales: tag ? [tag] : (browserLocales ? Array.from(browserLocales) : undefined),
            decimalSymbol: text("decimalsymbol"),
            groupSymbol: settings && typeof settings.numberseparator === "string" ? settings.numberseparator as string : null,
            // dateformatstring uses "/" for the user's date separator, as .NET patterns do.
            datePattern: pattern ? (separator ? pattern.replace(/\//g, separator) : pattern) : null,
            currency,
        };
    }

    const PatternToken = /d{1,2}|M{1,4}|y{4}|y{2}/g;

    /** A date by a .NET-style short date pattern: d, dd, M, MM, MMM, MMMM, yy, yyyy; other characters as they are. */
    function byPattern(pattern: string, date: DateOnly, locales: string[] | undefined): string {
        const pad = (value: number): string => String(value).padStart(2, "0");
        const name = (style: "short" | "long"): string => new Intl.DateTimeFormat(locales, { month: style, timeZone: "UTC" }).format(new Date(Date.UTC(date.year, date.month - 1, 1)));
        return pattern.replace(PatternToken, (token) => {
            switch (token) {
                case "d": return String(date.day);
                case "dd": return pad(date.day);
                case "M": return String(date.month);
                case "MM": return pad(date.month);
                case "MMM": return name("short");
                case "MMMM": return name("long");
                case "yy": return pad(date.year % 100);
                default: return String(date.year);
            }
        });
    }

    /**
     * Formatting for the user. Numbers are formatted by Intl, then given the user's own decimal and grouping symbols
     * when the settings name them, so "1.234.567,5" reads as the rest of the app does.
     */
    export function createFormat(formats: UserFormats): Format {
        const { locales, currency } = formats;
        const localised = (formatter: Intl.NumberFormat) => (value: number): string => {
            if (formats.decimalSymbol === null && formats.groupSymbol === null) {
                return formatter.format(value);
            }

            return formatter.formatToParts(value).map((part) => {
                if (part.type === "decimal" && formats.decimalSymbol !== null) {
                    return formats.decimalSymbol;
                }

                return part.type === "group" && formats.groupSymbol !== null ? formats.groupSymbol : part.value;
            }).join("");
        };
        const money = localised(new Intl.NumberFormat(locales, currency ? { style: "currency", currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 0 }));
        const count = localised(new Intl.NumberFormat(locales, { maximumFractionDigits: 0 }));
        // Axis and bar labels: "$1.2M", short enough for a bar at any width.
        const compactMoney = localised(new Intl.NumberFormat(locales, currency
            ? { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
            : { notation: "compact", maximumFractionDigits: 1 }));
        // Calendar parts are formatted in UTC so a date-only value never moves to the day before.
        const monthYear = new Intl.DateTimeFormat(locales, { month: "short", year: "numeric", timeZone: "UTC" });
        const monthOnly = new Intl.DateTimeFormat(locales, { month: "short", timeZone: "UTC" });
        const day = new Intl.DateTimeFormat(locales, { dateStyle: "medium", timeZone: "UTC" });
        const toDateOnly = (date: Date): DateOnly => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
        const formatDay = (date: DateOnly): string => (formats.datePattern
            ? byPattern(formats.datePattern, date, locales)
            : day.format(new Date(Date.UTC(date.year, date.month - 1, date.day))));
        return {
            money,
            compactMoney,
            count,
            monthOnly: (year, month) => monthOnly.format(new Date(Date.UTC(year, month - 1, 1))),
            month: (year, month) => monthYear.format(new Date(Date.UTC(year, month - 1, 1))),
            day: formatDay,
            // A date and time column (a task's due) is shown on the user's own calendar day.
            localDay: (date) => formatDay(toDateOnly(date)),
        };
    }
}
