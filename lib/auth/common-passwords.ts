/**
 * The most common passwords in public breach corpora, plus Indonesian favourites. Lower-case; a
 * password is refused when its lower-case form is here.
 */
export const COMMON_PASSWORDS = new Set([
  'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', '12345678', '123456789',
  '1234567890', '0123456789', '87654321', '11111111', '00000000', '88888888', 'qwertyui', 'qwerty123', 'qwertyuiop',
  'asdfghjk', 'asdfghjkl', 'zxcvbnm1', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', 'abcd1234', 'abc12345', 'abcdefgh',
  'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'welcome123', 'superman',
  'trustno1', 'starwars', 'whatever', 'dragon12', 'monkey12', 'letmein1', 'letmein123', 'admin123', 'administrator',
  'master12', 'shadow12', 'michael1', 'jennifer', 'computer', 'internet', 'aa123456', 'a1234567', 'access14',
  'charlie1', 'changeme', 'default1', 'freedom1', 'mustang1', 'passpass', 'secret12', 'test1234', 'testing1',
  'zaq12wsx', '!qaz2wsx', '1qaz2wsx', 'qazwsxedc', 'football1', 'baseball1', 'liverpool', 'chelsea1', 'arsenal1',
  'bismillah', 'bismillah1', 'alhamdulillah', 'indonesia', 'indonesia1', 'jakarta1', 'sayang123', 'sayangku',
  'cintaku1', 'rahasia1', 'rahasia123', 'katasandi', 'katasandi1', 'kereta123', 'keretaapi', 'kaiaccess',
  'kaiaccess1', 'garuda123', 'persija1', 'persib1933', 'doraemon', 'anjing123', 'bangsat1', 'merdeka45',
  'merdeka1945', 'indonesia45', 'pancasila', 'tokopedia', 'bukalapak', 'whatsapp', 'facebook', 'instagram',
  'samsung1', 'samsung123', 'iphone12', 'google123', 'minecraft', 'pokemon1', 'naruto123', 'blink182',
]);
