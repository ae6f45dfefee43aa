import { frameworkJsonSchema } from "@/lib/frameworks/schema";

/** The JSON Schema of the framework file format, for the "$schema" of exported files. */
export function GET(): Response {
  return Response.json(frameworkJsonSchema(), {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}
