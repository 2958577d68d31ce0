/**
 * An organisation's working week, in its time zone: ISO weekdays (1 = Monday ... 7 = Sunday) and
 * the opening and closing time ("HH:MM", 24-hour, start before end). Business-hours SLAs count
 * only these hours.
 */
export type BusinessHours = { days: number[]; start: string; end: string };

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };
