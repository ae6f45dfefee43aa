import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, themeFrom, type Theme } from "./theme";

/** The theme this request's browser remembers, for the server to render straight away. */
export async function requestedTheme(): Promise<Theme> {
  return themeFrom((await cookies()).get(THEME_COOKIE)?.value);
}
