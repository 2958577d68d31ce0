"use client";

import { createContext, useContext, type ReactNode } from "react";

const OrgTimeZone = createContext("UTC");

/** The organisation's time zone for every client component below the app layout, read once with the session. */
export function OrgTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <OrgTimeZone.Provider value={timeZone}>{children}</OrgTimeZone.Provider>;
}

/** The zone the organisation's days and times are shown in. */
export const useOrgTimeZone = () => useContext(OrgTimeZone);
