/** A lib refusal as the message code the dictionaries know ("otp_wrong" with 2 tries left → "otp_wrong_2"). */
export function refusalCode(r: { code: string; attemptsLeft?: number }): string {
  return (r.code === 'otp_wrong' || r.code === 'pin_wrong') && r.attemptsLeft
    ? `${r.code}_${r.attemptsLeft}`
    : r.code;
}
