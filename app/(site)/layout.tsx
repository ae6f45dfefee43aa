import { SiteFrame } from "@/components/site/site-frame";
import { requestedTheme } from "@/components/theme/requested-theme";

export default async function SiteLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <SiteFrame theme={await requestedTheme()}>{children}</SiteFrame>;
}
