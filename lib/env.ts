import { z } from "zod";

// Not marked server-only: the start and test launchers (plain Node, outside Next.js) validate the
// environment with the same schema before anything else runs. Only NEXT_PUBLIC_* variables ever
// reach a browser bundle, and there are none here.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "must be a postgresql:// connection URL",
  });

const positiveInt = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

// Sign-in links and OAuth redirects are built from this origin, never from the request's Host
// header, so a forged header cannot point an e-mailed link at someone else's site. A path is
// refused because the app is always served from the root of its host.
const siteOrigin = z
  .string()
  .trim()
  .refine(
    (value) => {
      const url = parseUrl(value);
      return (
        url !== null &&
        (url.protocol === "http:" || url.protocol === "https:") &&
        url.pathname === "/" &&
        !url.search &&
        !url.hash &&
        !url.username
      );
    },
    { message: "must be the site's address without a path, like https://blueprint.example.com" },
  )
  .transform((value) => new URL(value).origin);

const smtpUrl = z
  .string()
  .trim()
  .refine(
    (value) => /^smtps?:\/\//.test(value) && Boolean(parseUrl(value)?.hostname),
    "must be an smtp:// or smtps:// URL, like smtps://user:password@mail.example.com:465",
  );

const emailAddress = z.email();
// Either a bare address or a display name with the address in angle brackets.
const mailbox = z
  .string()
  .trim()
  .refine((value) => {
    const named = /^[^<>]+<([^<>]+)>$/.exec(value);
    return emailAddress.safeParse(named ? named[1] : value).success;
  }, 'must be an e-mail address, optionally with a name: "Blueprint <blueprint@example.com>"');

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
const issuerUrl = z
  .string()
  .trim()
  .refine((value) => {
    const url = parseUrl(value);
    return (
      url !== null &&
      (url.protocol === "https:" || (url.protocol === "http:" && localHosts.has(url.hostname)))
    );
  }, "must be the provider's https:// issuer URL (http:// only for localhost)")
  .transform((value) => value.replace(/\/+$/, ""));

const setting = z.string().trim().min(1);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: positiveInt(10, 500),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BLUEPRINT_DATA_DIR: z.string().trim().min(1).default(".data"),
  // How live updates travel between requests: PostgreSQL LISTEN/NOTIFY, which reaches every app
  // instance, or an in-process bus for the embedded database (one instance, and its socket
  // bridge does not carry notifications). `npm start` picks memory when it embeds the database.
  BLUEPRINT_EVENT_BUS: z.enum(["postgres", "memory"]).default("postgres"),
  // How many proxies that append to X-Forwarded-For stand in front of the app; 0 ignores the
  // header, which a client reaching the app directly can forge (lib/http/client-address.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  AUTH_SECRET: z
    .string()
    .trim()
    .min(32, "must be at least 32 characters; `openssl rand -base64 32` makes a good one")
    .optional(),
  APP_URL: siteOrigin.optional(),
  NEXTAUTH_URL: siteOrigin.optional(),
  SMTP_URL: smtpUrl.optional(),
  EMAIL_FROM: mailbox.optional(),
  GITHUB_ID: setting.optional(),
  GITHUB_SECRET: setting.optional(),
  GOOGLE_ID: setting.optional(),
  GOOGLE_SECRET: setting.optional(),
  OIDC_ISSUER: issuerUrl.optional(),
  OIDC_CLIENT_ID: setting.optional(),
  OIDC_CLIENT_SECRET: setting.optional(),
  OIDC_NAME: setting.max(40).optional(),
});

type RawEnv = z.output<typeof envSchema>;

/** Variables that only work together: a half-configured sign-in method stops the start. */
const groups: Array<{ what: string; variables: Array<keyof RawEnv> }> = [
  { what: "sending e-mail", variables: ["SMTP_URL", "EMAIL_FROM"] },
  { what: "GitHub sign-in", variables: ["GITHUB_ID", "GITHUB_SECRET"] },
  { what: "Google sign-in", variables: ["GOOGLE_ID", "GOOGLE_SECRET"] },
  {
    what: "OpenID Connect sign-in",
    variables: ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME"],
  },
];

const validatedSchema = envSchema
  .superRefine((value, ctx) => {
    for (const { what, variables } of groups) {
      const present = variables.filter((name) => value[name] !== undefined);
      if (present.length === 0 || present.length === variables.length) continue;
      for (const missing of variables.filter((name) => !present.includes(name))) {
        ctx.addIssue({
          code: "custom",
          path: [missing],
          message: `required for ${what}, because ${present.join(" and ")} ${present.length > 1 ? "are" : "is"} set`,
        });
      }
    }
    if (value.APP_URL && value.NEXTAUTH_URL && value.APP_URL !== value.NEXTAUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "differs from APP_URL; set APP_URL only (Blueprint hands it to next-auth)",
      });
    }
  })
  .transform(({ NEXTAUTH_URL, SMTP_URL, EMAIL_FROM, ...value }) => ({
    NODE_ENV: value.NODE_ENV,
    DATABASE_URL: value.DATABASE_URL,
    DATABASE_POOL_SIZE: value.DATABASE_POOL_SIZE,
    PORT: value.PORT,
    BLUEPRINT_DATA_DIR: value.BLUEPRINT_DATA_DIR,
    BLUEPRINT_EVENT_BUS: value.BLUEPRINT_EVENT_BUS,
    TRUSTED_PROXY_HOPS: value.TRUSTED_PROXY_HOPS,
    AUTH_SECRET: value.AUTH_SECRET,
    APP_URL: value.APP_URL ?? NEXTAUTH_URL ?? `http://localhost:${value.PORT}`,
    /** Whether APP_URL (or NEXTAUTH_URL) was given: links are then built from it alone. */
    appUrlConfigured: (value.APP_URL ?? NEXTAUTH_URL) !== undefined,
    smtp: SMTP_URL && EMAIL_FROM ? { url: SMTP_URL, from: EMAIL_FROM } : undefined,
    github:
      value.GITHUB_ID && value.GITHUB_SECRET
        ? { clientId: value.GITHUB_ID, clientSecret: value.GITHUB_SECRET }
        : undefined,
    google:
      value.GOOGLE_ID && value.GOOGLE_SECRET
        ? { clientId: value.GOOGLE_ID, clientSecret: value.GOOGLE_SECRET }
        : undefined,
    oidc:
      value.OIDC_ISSUER && value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET && value.OIDC_NAME
        ? {
            issuer: value.OIDC_ISSUER,
            clientId: value.OIDC_CLIENT_ID,
            clientSecret: value.OIDC_CLIENT_SECRET,
            name: value.OIDC_NAME,
          }
        : undefined,
  }));

export type Env = z.output<typeof validatedSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Empty strings count as unset, so `DATABASE_URL= npm start` means "use the embedded database". */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = validatedSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The secret behind sessions and signed links. `npm start` always provides one (generated and
 * kept in the data directory when unset); a server started another way must be given it.
 */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set: start the app with `npm start`, which keeps one in the data directory, or set it (at least 32 characters, the same on every instance).",
    );
  }
  return secret;
}
