import "server-only";
import { prisma } from "./prisma";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await prisma().$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return false;
  }
}
