import { redirect } from 'next/navigation';

/** The API-token page moved to the account (issue 12.8); old links and bookmarks still land there. */
export default function OldTokenPage() {
  redirect('/account/token');
}
