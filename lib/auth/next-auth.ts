import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "../env";
import { AppError } from "../errors";
import { safeCallbackUrl } from "./callback-url";
import { clientIp } from "./client-ip";
import { login, LoginRateLimitError } from "./login";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

/** Auth.js puts `code` into the error URL; it names the case without leaking which field was wrong. */
export class InvalidCredentialsSignin extends CredentialsSignin {
  override code = "invalid_credentials";
}

export class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
  readonly detail: string;

  constructor(detail: string) {
    super(detail);
    this.detail = detail;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt" },
    pages: { signIn: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new InvalidCredentialsSignin();
          try {
            const user = await login({ ...parsed.data, ip: clientIp(request.headers) });
            const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
            return { id: String(user.id), email: user.email, name: name || null, sessionVersion: user.sessionVersion };
          } catch (error) {
            // Auth.js only shows CredentialsSignin subclasses to the sign-in page; anything
            // else would surface as a server configuration error.
            if (error instanceof LoginRateLimitError) throw new RateLimitedSignin(error.detail);
            if (error instanceof AppError && error.code === "UNAUTHORIZED") throw new InvalidCredentialsSignin();
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // Auth.js passes every `callbackUrl` (form field, query, cookie, `redirectTo`) through
      // here; its default lets anything starting with "/" through, `/..//evil.example` included.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackUrl(url, "/", baseUrl)}`;
      },
      jwt({ token, user }) {
        // Only at sign-in: the version the password was checked against (see get-actor.ts).
        if (user?.id) {
          token.sub = user.id;
          token.ver = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    logger: {
      // Failed sign-ins are expected traffic (and counted by lib/auth/login-limits.ts), not server errors.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(error);
      },
    },
  };
}

// Configuration is read per request so that importing this module (e.g. during `next build`)
// does not require AUTH_SECRET to be set yet.
export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
