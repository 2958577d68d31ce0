/**
 * Customer comments in other languages, written for the language tests (not from any dataset):
 * [ISO 639-3 code, text].
 */
export const NON_ENGLISH_COMMENTS: [string, string][] = [
  ["fra", "Le vol était en retard de deux heures et personne ne nous a prévenus."],
  ["fra", "Personnel très aimable, mais les sièges sont vraiment inconfortables."],
  ["fra", "J'ai perdu ma valise à Paris et le service client ne répond pas."],
  ["fra", "Merci à l'équipage pour un voyage agréable, je reviendrai avec plaisir."],
  ["fra", "Le repas était froid et il n'y avait plus de boissons à bord."],
  ["spa", "El vuelo salió con tres horas de retraso y no nos dieron ninguna explicación."],
  ["spa", "La tripulación fue muy amable y el avión estaba limpio."],
  ["spa", "Perdieron mi maleta y nadie en el mostrador supo ayudarme."],
  ["spa", "Muy buena experiencia, el embarque fue rápido y ordenado."],
  ["spa", "El asiento no se reclinaba y la comida era malísima."],
  ["deu", "Der Flug hatte zwei Stunden Verspätung und niemand hat uns informiert."],
  ["deu", "Das Personal war sehr freundlich, aber die Sitze waren unbequem."],
  ["deu", "Mein Koffer ist nicht angekommen und der Kundendienst antwortet nicht."],
  ["deu", "Vielen Dank an die Crew für den angenehmen Flug, gerne wieder."],
  ["ita", "Il volo è partito con due ore di ritardo e nessuno ci ha avvisato."],
  ["ita", "Il personale era gentilissimo, ma i sedili erano scomodi."],
  ["ita", "Hanno perso la mia valigia e il servizio clienti non risponde."],
  ["por", "O voo atrasou duas horas e ninguém nos deu qualquer informação."],
  ["por", "A tripulação foi muito simpática e o avião estava limpo."],
  ["por", "Perderam a minha mala e o atendimento ao cliente não responde."],
  ["nld", "De vlucht had twee uur vertraging en niemand heeft ons iets verteld."],
  ["nld", "Het personeel was erg vriendelijk, maar de stoelen zaten slecht."],
  ["pol", "Lot był opóźniony o dwie godziny i nikt nas nie poinformował."],
  ["pol", "Obsługa była bardzo miła, ale fotele były niewygodne."],
  ["tur", "Uçuş iki saat gecikti ve kimse bize bilgi vermedi."],
  ["swe", "Flyget var två timmar försenat och ingen informerade oss."],
  ["rus", "Рейс задержали на два часа, и никто нам ничего не объяснил."],
  ["rus", "Экипаж был очень вежливым, но кресла были неудобными."],
  ["ukr", "Рейс затримали на дві години, і ніхто нас не попередив."],
  ["arb", "تأخرت الرحلة ساعتين ولم يخبرنا أحد بأي شيء."],
  ["cmn", "航班延误了两个小时，没有人通知我们。"],
  ["jpn", "フライトが二時間遅れましたが、誰も説明してくれませんでした。"],
  ["kor", "비행기가 두 시간 지연되었는데 아무도 알려주지 않았습니다."],
  ["ell", "Η πτήση καθυστέρησε δύο ώρες και κανείς δεν μας ενημέρωσε."],
  ["hin", "उड़ान दो घंटे देर से थी और किसी ने हमें कुछ नहीं बताया।"],
  ["tha", "เที่ยวบินล่าช้าสองชั่วโมงและไม่มีใครแจ้งให้เราทราบเลย"],
];

/** English comments that trigram detectors often get wrong (short, informal, names and codes). */
export const HARD_ENGLISH_COMMENTS: string[] = [
  "Thanks so much!",
  "Bag still missing at LHR, ref AB12345",
  "Great crew on BA117 today",
  "Worst. Airline. Ever.",
  "Gate agent Marie was lovely",
  "Seat 23C broken again",
  "Delayed 3h at CDG, no food vouchers",
];
