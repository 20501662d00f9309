import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { clientIp } from '@/lib/request';
import { authenticate } from './login';
import { confirmRegistration } from './registration';
import { rememberDevice } from './known-devices';
import { DEVICE_COOKIE, readCookie, setDeviceCookie } from './cookies';
import { LoginSchema, ConfirmRegistrationSchema } from './schemas';
import { secureCookies } from './session-token';

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}
class RateLimitedLogin extends CredentialsSignin {
  code = 'rate_limited';
}
class RefusedConfirmation extends CredentialsSignin {
  constructor(readonly code: string) {
    super();
  }
}

declare module 'next-auth' {
  interface User {
    role?: 'passenger' | 'admin' | 'petugas';
    sessionVersion?: number;
  }
  interface Session {
    // No role here: it is read from the database on every request (session.ts), never trusted
    // from a token that lives 7 days.
    user: { id: string; name: string; sessionVersion: number };
  }
}

// Lazy config: secrets are read on the first request, not while `next build` imports this module.
// No `auth` export: session-token.ts reads the session cookie itself (Auth.js's session action per
// request cost ~2 ms, and the refreshed cookie it made was never set from a page or an action).
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  // The cookie names (`__Secure-` or not) follow APP_URL, not each request's X-Forwarded-Proto:
  // session-token.ts reads exactly the name written here.
  useSecureCookies: secureCookies(),
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  logger: {
    // Auth.js logs a stack for every wrong password; one structured line from accounts.ts is enough.
    error: (error) => {
      if (!(error instanceof CredentialsSignin))
        console.error(JSON.stringify({ level: 'error', event: 'authjs.error', name: error.name }));
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = LoginSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidLogin();
        const result = await authenticate(parsed.data.identifier, parsed.data.password, {
          ip: clientIp(request.headers),
          deviceToken: await readCookie(DEVICE_COOKIE),
        });
        if (!result.ok)
          throw result.code === 'rate_limited' ? new RateLimitedLogin() : new InvalidLogin();
        if (result.newDeviceToken) await setDeviceCookie(result.newDeviceToken);
        return {
          id: String(result.user.id),
          name: result.user.name,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
    // Registration ends here: the code from the phone creates the account and signs it in.
    Credentials({
      id: 'registration',
      credentials: { token: {}, code: {} },
      async authorize(credentials) {
        const parsed = ConfirmRegistrationSchema.safeParse(credentials);
        if (!parsed.success) throw new RefusedConfirmation('code_format');
        const result = await confirmRegistration(parsed.data.token, parsed.data.code);
        if (!result.ok) throw new RefusedConfirmation(result.code);
        const deviceToken = await rememberDevice(result.user.id, null);
        if (deviceToken) await setDeviceCookie(deviceToken);
        return {
          id: String(result.user.id),
          name: result.user.name,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub!,
        name: token.name ?? '',
        sessionVersion: Number(token.sv),
      };
      return session;
    },
  },
}));
