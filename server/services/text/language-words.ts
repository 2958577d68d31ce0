import "server-only";
import { AFINN_LABELS } from "./afinn-labels";
import { englishLexicon } from "./english-lexicon";

/*
 * Word evidence for detectLanguage: frequent words of English and of the languages franc most
 * often confuses with short English (the Latin-script languages of Western Europe). A word that is
 * frequent in both (e.g. "a", "in", "die", "no") counts for neither.
 */

/** Frequent words of each language, written for this detector (function words and a few greetings). */
const FOREIGN_WORDS: Record<string, string[]> = {
  fra: (
    "le la les un une des du de et est sont avec pour pas ne très tres mais nous vous ils elles je tu il elle " +
    "mon ma mes ton votre vos notre nos leur leurs ce cette ces qui que quoi dans sur sous par chez était " +
    "été avoir être fait plus moins bien merci aussi encore toujours jamais rien tout tous toute avons avez " +
    "ont suis sommes au aux où ou donc car si comme après avant depuis vol bagages valise retard personnel " +
    "accueil bonjour bonne bon vraiment trop peu beaucoup"
  ).split(" "),
  deu: (
    "der die das und ist nicht ein eine einen mit für auf den dem des von zu im sehr aber wir ihr sie es ich " +
    "mein meine war waren wurde wurden hat haben sind auch noch kein keine nur schon wieder immer nie danke " +
    "gut schlecht flug koffer personal verspätung leider freundlich bitte uns euch wie wo wann warum gerne"
  ).split(" "),
  spa: (
    "el la los las un una unos unas y es son con para por pero muy nos les lo su sus mi mis que del al en " +
    "estaba fue fueron está están hay sin más menos también nunca siempre nada todo gracias bueno buena malo " +
    "mala vuelo maleta retraso personal atención servicio excelente pésimo nadie ningún ninguna cuando donde"
  ).split(" "),
  ita: (
    "il lo la gli le un una uno e è di del della dei delle che con per non molto ma ci siamo sono era erano " +
    "stato stata ho hai ha abbiamo avete hanno mio mia nostro nostra questo questa quello anche ancora mai " +
    "sempre niente tutto grazie buono buona volo valigia ritardo personale gentile nessuno quando dove"
  ).split(" "),
  por: (
    "o a os as um uma uns umas e é de do da dos das que com para por mas muito nos não sim meu minha nosso " +
    "nossa este esta isso isto foi foram estava está estão tem têm ainda nunca sempre nada tudo obrigado " +
    "obrigada bom boa voo mala atraso atendimento ninguém quando onde"
  ).split(" "),
  nld: (
    "de het een en is zijn met voor niet maar wij we jullie zij ik mijn ons onze van op te aan bij uit was " +
    "waren heeft hebben ook nog geen nooit altijd niets alles dank bedankt goed slecht vlucht koffer " +
    "vertraging personeel vriendelijk erg heel wel niemand wanneer waar"
  ).split(" "),
  ron: (
    "și si este sunt cu pentru nu dar foarte noi voi ei ele eu mea meu nostru noastră acest această " +
    "care că ca din la pe în un o una au am ați fost era erau mai încă niciodată mereu nimic tot toate " +
    "mulțumesc multumesc bun bună zbor bagaj întârziere personal amabil nimeni când unde"
  ).split(" "),
};

/** Frequent English words: function words, the words of informal posts, and customer-feedback words. */
const ENGLISH_CORE = (
  "the and to of my you your you're u ur for with have has had this that these those not are it it's its we " +
  "they them their our us be been being at will would could should just get got can cannot from what why how " +
  "when where which who whom whose please pls plz thanks thank thx does did doesn't don't didn't can't won't " +
  "isn't wasn't weren't aren't haven't hasn't hadn't couldn't wouldn't shouldn't i'm i've i'll i'd that's " +
  "there's what's he's she's we're they're we've they've hey yeah yes lol love loved like liked great good " +
  "very really so too also again still never ever always all any some every each more most much many few " +
  "than then there here now about after before during over under into onto out up down off only even because " +
  "was were is am an if or but by on as who what she he her him his its i me myself our ours again ok " +
  "flight flights crew seat seats staff food bag bags luggage baggage delayed delay delays cancelled canceled " +
  "customer customers plane airport gate boarding board cabin lounge hotel room order ordered delivery " +
  "delivered product quality price size fit fits fitting dress shirt top fabric material color colour " +
  "wear worn wearing small large medium tight loose long short comfortable soft cute pretty nice lovely " +
  "amazing awesome excellent perfect beautiful fantastic wonderful friendly helpful rude poor worst best " +
  "bad terrible awful horrible disappointed disappointing waste money time hours hour minutes day days week " +
  "weeks back again way well one two three first last next new old account card bank loan payment credit " +
  "report company call called phone email told said asked received never refund charge charged fee fees"
).split(" ");

const ENGLISH_CORE_SET = new Set(ENGLISH_CORE);

/**
 * Evidence for no language: words every European language writes the same way, and words of the
 * lists above that English text often holds as words or names ("la" for Los Angeles, "im" for
 * "I'm", "van", "care", "personnel", "BoA", "EU").
 */
const NEITHER = new Set(
  (
    "super top ok okay no hotel taxi bar pizza fan fans wifi online a i in an so do be me we is was am as on o e " +
    "la los las mon ton par plus encore car avant retard personnel personal war hat gut im den y son lo mi al " +
    "sin per non era ho ha dove um da com sim boa met van op dank heel erg eu care ca din pe tot bun"
  ).split(" "),
);

/** Words of the Western European languages above, English words removed (they are ambiguous). */
export const FOREIGN_WORD_SETS: [string, Set<string>][] = Object.entries(FOREIGN_WORDS).map(([code, words]) => [
  code,
  new Set(words.filter((word) => !ENGLISH_CORE_SET.has(word) && !NEITHER.has(word))),
]);

const ANY_FOREIGN = new Set(FOREIGN_WORD_SETS.flatMap(([, words]) => [...words]));

/** Words of the core list and of AFINN (which is English), less those also frequent in the other languages. */
const ENGLISH_WORDS = new Set(
  [...ENGLISH_CORE, ...Object.keys(AFINN_LABELS).filter((word) => /^[a-z']+$/.test(word))].filter(
    (word) => !ANY_FOREIGN.has(word) && !NEITHER.has(word),
  ),
);

/** Shorter words of wink's lexicon are too often words of other languages too ("ve", "ale"). */
const MIN_LEXICON_WORD = 4;

/**
 * True for English words: the lists above, and wink's English lexicon (which knows "empathy" and
 * "disgraceful" too), less the words also frequent in the other languages.
 */
export function isEnglishWord(word: string): boolean {
  if (ENGLISH_WORDS.has(word)) return true;
  return word.length >= MIN_LEXICON_WORD && englishLexicon().has(word) && !ANY_FOREIGN.has(word) && !NEITHER.has(word);
}

/** Words with letters English writes only in borrowed words ("café"): strong evidence of another language. */
const NON_ENGLISH_LETTERS = /[àâäçéèêëîïôöùûüÿñãõáíóúìòßășțşţœæøåčřšžěůłńśźżő]/u;

/** French and Italian elisions ("l'équipage", "dell'aereo"): the part before the apostrophe. */
const ELISIONS = new Set(["l", "d", "j", "qu", "n", "c", "s", "m", "t", "dell", "all", "nell", "dall", "sull", "un", "quell"]);

/** True for the words that are evidence of a language other than English. */
export function isForeignWord(word: string): boolean {
  if (ANY_FOREIGN.has(word) || NON_ENGLISH_LETTERS.test(word)) return true;
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && ELISIONS.has(word.slice(0, apostrophe));
}
