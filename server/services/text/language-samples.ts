import "server-only";

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
  // Short ones, as people write them under a product or after a call.
  ["fra", "Très déçue, la robe est trop petite."],
  ["fra", "Service client nul, je ne recommande pas."],
  ["fra", "Livraison rapide, merci beaucoup !"],
  ["fra", "Rien à dire, c'est parfait."],
  ["fra", "Pas du tout conforme à la photo."],
  ["spa", "Muy mala atención, no vuelvo."],
  ["spa", "Me encanta, la talla es perfecta."],
  ["spa", "El pedido nunca llegó."],
  ["spa", "Todo perfecto, gracias por la rapidez."],
  ["spa", "No funciona y nadie me responde."],
  ["deu", "Super Qualität, passt perfekt!"],
  ["deu", "Leider zu klein und sehr dünn."],
  ["deu", "Die Lieferung hat ewig gedauert."],
  ["deu", "Nie wieder, der Kundenservice ist eine Katastrophe."],
  ["ita", "Bellissimo vestito, taglia giusta."],
  ["ita", "Servizio pessimo, non lo consiglio."],
  ["ita", "Arrivato in ritardo e rotto."],
  ["ita", "Tutto perfetto, grazie mille!"],
  ["por", "Adorei o vestido, serviu muito bem."],
  ["por", "Péssimo atendimento, não recomendo."],
  ["por", "A encomenda chegou toda danificada."],
  ["nld", "Mooie jurk, valt wel klein."],
  ["nld", "Slechte service, nooit meer."],
  ["nld", "Snel geleverd en goede kwaliteit."],
  ["ron", "Rochia este superbă, mărimea perfectă."],
  ["ron", "Nu recomand, calitate foarte slabă."],
  ["ron", "Livrare rapidă, mulțumesc!"],
  ["ron", "Zborul a întârziat trei ore și nimeni nu ne-a spus nimic."],
  // Long ones, as in a review or a complaint.
  [
    "fra",
    "J'ai commandé cette veste en taille M et elle taille vraiment grand. Le tissu est agréable mais les " +
      "coutures se défont déjà après deux lavages. Le retour a été compliqué et le remboursement a pris trois semaines.",
  ],
  [
    "fra",
    "Nous avons séjourné quatre nuits dans cet hôtel. La chambre était propre et calme, le petit-déjeuner " +
      "copieux, mais la climatisation ne fonctionnait pas et personne n'est venu la réparer.",
  ],
  [
    "spa",
    "Compré este abrigo para el invierno y estoy encantada. Abriga mucho, la tela es de buena calidad y el " +
      "envío llegó antes de lo previsto. Lo único, las mangas son un poco largas.",
  ],
  [
    "spa",
    "Llevo tres semanas intentando que el banco me devuelva un cargo que no hice. Cada vez que llamo me " +
      "pasan con otro departamento y nadie me da una solución. Estoy pensando en cambiar de banco.",
  ],
  [
    "deu",
    "Ich habe das Kleid in Größe 38 bestellt und es passt wie angegossen. Der Stoff ist weich und die " +
      "Farbe genau wie auf dem Bild. Die Lieferung kam schon nach zwei Tagen, sehr zu empfehlen.",
  ],
  [
    "deu",
    "Seit Wochen versuche ich, meinen Vertrag zu kündigen. Die Hotline ist ständig besetzt, auf E-Mails " +
      "bekomme ich keine Antwort, und trotzdem wird jeden Monat weiter abgebucht.",
  ],
  [
    "ita",
    "Ho soggiornato in questo albergo per una settimana con la mia famiglia. La posizione è ottima, a due " +
      "passi dal centro, ma la stanza era piccola e il bagno aveva bisogno di una ristrutturazione.",
  ],
  [
    "ita",
    "La maglia è arrivata con un buco sulla manica. Ho scritto al servizio clienti tre volte e non ho mai " +
      "ricevuto risposta. Davvero deludente per un negozio così conosciuto.",
  ],
  [
    "por",
    "Comprei o casaco no site e chegou dentro do prazo. O tecido é macio e o corte é bonito, mas o tamanho " +
      "é menor do que o indicado na tabela. Tive de trocar por um número acima.",
  ],
  [
    "por",
    "O banco cobrou uma taxa que nunca foi explicada no contrato. Liguei várias vezes e cada atendente me " +
      "deu uma resposta diferente. Quero o meu dinheiro de volta.",
  ],
  [
    "nld",
    "Ik heb deze broek twee weken geleden besteld. De kwaliteit is prima en hij zit lekker, maar de kleur " +
      "is veel donkerder dan op de foto. Voor deze prijs had ik meer verwacht.",
  ],
  [
    "nld",
    "Het hotel lag mooi aan het water en het ontbijt was uitgebreid. Jammer dat de kamer naar rook rook en " +
      "dat de receptie niets wilde doen toen we erom vroegen.",
  ],
  [
    "ron",
    "Am comandat o pereche de pantofi și au ajuns după două săptămâni, cu cutia distrusă. Calitatea este " +
      "acceptabilă, dar nu merită prețul. Serviciul clienți a răspuns politicos, dar fără soluție.",
  ],
  [
    "ron",
    "Personalul hotelului a fost foarte amabil, camera curată și liniștită. Micul dejun a fost bogat, iar " +
      "locația este perfectă pentru a vizita orașul. Vom reveni cu siguranță.",
  ],
  ["pol", "Sukienka jest piękna, ale rozmiar za mały. Zwrot przebiegł bez problemu."],
  ["swe", "Snabb leverans och bra kvalitet, jag är mycket nöjd med köpet."],
  ["tur", "Ürün fotoğraftaki gibi değil, kumaşı çok ince ve kalitesiz."],
  ["ces", "Zboží dorazilo poškozené a reklamace trvá už měsíc."],
  ["hun", "A ruha gyönyörű, de a méret kicsit kisebb a vártnál."],
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

/**
 * Short English comments that franc alone reads as another language (issue 14: "Adorable dress,
 * amazing fit!" came out French), written for the tests: each must come out English.
 */
export const SHORT_ENGLISH_COMMENTS: string[] = [
  "Adorable dress, amazing fit!",
  "Great flight, friendly crew",
  "Love it",
  "Runs small",
  "Perfect!",
  "Soft fabric, true to size",
  "Terrible service",
  "Super comfy and cute",
  "Late again",
  "Never again",
  "Fast delivery, nice quality",
  "Rude staff at the gate",
  "Excellent",
  "Horrible customer service",
  "Fabric feels cheap",
  "Gorgeous colour",
];
