import { GIVEN_NAMES } from './given-names';

/**
 * Common given names. A capitalised span that starts with one ("Tova Noel", "Michael Thomas")
 * is most likely a person even without a title or a "said". The list is deliberately modest:
 * frequent English given names plus names common in international news. It is a cue, weighed
 * against org and place evidence, never a verdict.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  // English, men
  'aaron', 'adam', 'adrian', 'alan', 'albert', 'alex', 'alexander', 'andrew', 'andy',
  'anthony', 'arthur', 'barry', 'ben', 'benjamin', 'bernie', 'bill', 'billy', 'bob', 'bobby',
  'brad', 'bradley', 'brandon', 'brett', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'chad',
  'charles', 'charlie', 'chris', 'christopher', 'chuck', 'clarence', 'colin', 'craig',
  'dale', 'dan', 'daniel', 'danny', 'darren', 'dave', 'david', 'dean', 'dennis', 'derek',
  'devin', 'dick', 'don', 'donald', 'doug', 'douglas', 'duncan', 'dustin', 'dylan', 'earl',
  'ed', 'eddie', 'edward', 'elijah', 'eric', 'ethan', 'eugene', 'evan', 'frank', 'fred',
  'frederick', 'gary', 'gavin', 'geoffrey', 'george', 'gerald', 'glenn', 'gordon', 'graham',
  'greg', 'gregory', 'harold', 'harry', 'henry', 'howard', 'hunter', 'ian', 'isaac', 'jack',
  'jacob', 'jake', 'james', 'jamie', 'jared', 'jason', 'jay', 'jeff', 'jeffrey', 'jeremy',
  'jerry', 'jesse', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan',
  'jordan', 'joseph', 'josh', 'joshua', 'juan', 'justin', 'keith', 'ken', 'kenneth', 'kevin',
  'kurt', 'kyle', 'larry', 'lawrence', 'lee', 'leo', 'leonard', 'lewis', 'liam', 'logan',
  'louis', 'luke', 'marco', 'marcus', 'mark', 'martin', 'matt', 'matthew', 'michael', 'mike',
  'mitch', 'nathan', 'neil', 'nicholas', 'nick', 'noah', 'oliver', 'oscar', 'owen', 'patrick',
  'paul', 'pete', 'peter', 'phil', 'philip', 'phillip', 'ralph', 'randy', 'ray', 'raymond',
  'rex', 'richard', 'rick', 'rob', 'robert', 'roger', 'ron', 'ronald', 'ross', 'roy', 'russell',
  'ryan', 'sam', 'samuel', 'scott', 'sean', 'seth', 'shawn', 'simon', 'stanley', 'stephen',
  'steve', 'steven', 'stuart', 'ted', 'terry', 'thomas', 'tim', 'timothy', 'todd', 'tom',
  'tommy', 'tony', 'travis', 'trevor', 'troy', 'tyler', 'victor', 'vincent', 'walter',
  'warren', 'wayne', 'wesley', 'william', 'willie', 'zach', 'zachary',
  'mitt', 'rudy', 'lindsey', 'ned', 'hank', 'bernard', 'clint', 'kirk',
  // English, women
  'fiona', 'grace', 'charlotte', 'chloe', 'ella', 'harriet', 'holly', 'irene', 'jenny',
  'joanna', 'katrina', 'leah', 'lily', 'lydia', 'mia', 'molly', 'naomi', 'nora', 'penny',
  'phoebe', 'rachael', 'sally', 'sophie', 'stella', 'zoe', 'nadia', 'sonia', 'tanya',
  'abigail', 'alice', 'alicia', 'allison', 'amanda', 'amber', 'amy', 'andrea', 'angela',
  'ann', 'anna', 'anne', 'annie', 'ashley', 'barbara', 'betty', 'beverly', 'brenda',
  'brittany', 'caroline', 'carol', 'carolyn', 'catherine', 'cheryl', 'christina',
  'christine', 'cindy', 'claire', 'courtney', 'cynthia', 'dana', 'danielle', 'deborah',
  'debra', 'denise', 'diana', 'diane', 'donna', 'doris', 'dorothy', 'elaine', 'elizabeth',
  'ellen', 'emily', 'emma', 'erica', 'erin', 'eva', 'evelyn', 'frances', 'gloria', 'hannah',
  'heather', 'helen', 'hillary', 'isabella', 'jacqueline', 'jane', 'janet', 'janice',
  'jean', 'jennifer', 'jessica', 'jill', 'joan', 'joanne', 'joyce', 'judith', 'judy', 'julia',
  'julie', 'karen', 'kate', 'katherine', 'kathleen', 'kathryn', 'kathy', 'katie', 'kayla',
  'kelly', 'kim', 'kimberly', 'kristen', 'laura', 'lauren', 'linda', 'lisa', 'liz', 'lori',
  'louise', 'lucy', 'lynn', 'madison', 'margaret', 'maria', 'marie', 'marilyn', 'martha',
  'mary', 'megan', 'melania', 'melissa', 'michelle', 'monica', 'nancy', 'natalie', 'nicole',
  'nikki', 'olivia', 'pamela', 'patricia', 'paula', 'peggy', 'rachel', 'rebecca', 'rita',
  'robin', 'rosa', 'rose', 'ruth', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'shirley',
  'sophia', 'stephanie', 'susan', 'suzanne', 'tammy', 'taylor', 'teresa', 'theresa', 'tina',
  'tracy', 'valerie', 'vanessa', 'victoria', 'virginia', 'wendy', 'kamala',
  'gretchen', 'gwen', 'kristin', 'meghan', 'tulsi', 'ursula', 'jacinda',
  // Spanish, Portuguese, Italian, French, German
  'alejandro', 'ana', 'andres', 'antonio', 'diego', 'eduardo', 'emmanuel', 'enrique',
  'fernando', 'francisco', 'gabriel', 'guillermo', 'javier', 'jorge', 'jose', 'josé', 'luis',
  'luiz', 'manuel', 'miguel', 'pablo', 'pedro', 'rafael', 'ricardo', 'roberto', 'sergio',
  'jair', 'lula', 'giuseppe', 'giorgia', 'matteo', 'silvio', 'francois', 'françois', 'jacques',
  'jean-claude', 'jean-luc', 'marine', 'nicolas', 'pierre', 'olaf', 'friedrich', 'hans',
  'jürgen', 'klaus', 'wolfgang',
  // Russian, Ukrainian, Eastern European
  'alexei', 'alexey', 'andrei', 'boris', 'dmitry', 'dmitri', 'igor', 'ivan', 'mikhail',
  'nikolai', 'oleg', 'pavel', 'sergei', 'sergey', 'vladimir', 'viktor', 'volodymyr',
  'yevgeny', 'yulia', 'olena', 'petro', 'andrzej', 'vitali',
  // Arabic, Persian, Turkish, South Asian
  'abdul', 'abdullah', 'ahmad', 'ahmed', 'ali', 'amir', 'ayman', 'bashar', 'hassan',
  'hussein', 'ibrahim', 'ismail', 'khalid', 'mahmoud', 'mohamed', 'mohammad', 'mohammed',
  'muhammad', 'mustafa', 'omar', 'osama', 'recep', 'saddam', 'salman', 'yusuf', 'hamid',
  'hamza', 'ashraf', 'imran', 'nawaz', 'narendra', 'rahul', 'amit', 'arvind', 'raj', 'priya',
  'sanjay', 'vijay', 'naftali', 'yair', 'ebrahim', 'javad', 'qasem',
  // East Asian given names common in English-language news
  'xi', 'li', 'shinzo', 'fumio', 'yoshihide', 'jae-in', 'yoon', 'suk-yeol', 'jong-un',
  'ma', 'pony', 'jensen', 'sundar', 'satya', 'elon',
]);

/**
 * A given name of either list, FIRST_NAMES or the longer GIVEN_NAMES ("Teammate Francois
 * Duval" opens on one; "Yersinia" of "Yersinia pestis" does not), with or without its accents.
 */
export function isGivenName(lower: string): boolean {
  if (FIRST_NAMES.has(lower) || GIVEN_NAMES.has(lower)) return true;
  const bare = withoutAccents(lower);
  return bare !== lower && (FIRST_NAMES.has(bare) || GIVEN_NAMES.has(bare));
}

/** A word of FIRST_NAMES, with or without its accents. */
export function isFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || FIRST_NAMES.has(withoutAccents(lower));
}

/**
 * The word without its accents: the name lists spell most names bare, "Cécile" as "cecile" (it
 * was a place, UNER), "Renée" as "renee". ASCII words come back as they are, at no cost.
 */
export function withoutAccents(lower: string): string {
  return /[^\p{ASCII}]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}
