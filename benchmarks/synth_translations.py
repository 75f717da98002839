"""Parallel sentence templates for the synthetic lineage corpus's translations (own phrase tables).

Eight of the encoder's languages, the same twelve sentences of a news report in each, with slots for
the names and figures a translation keeps. Numbers are written in each language's locale (Babel), so
"6,1" and "6.1" must be read as one value. Used by ``benchmarks/synth_lineage.py``; the wording is
ours, written for this benchmark.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "An explosion at a {org} chemical plant in {city} killed {dead} workers on {wday}, the regional fire service said.",
        "Another {hurt} people were taken to hospital, {adj} of them with serious burns.",
        "The blast happened shortly after the morning shift began, when a storage tank caught fire.",
        "\"We heard a huge bang and then the windows shattered,\" said {witness}, who lives near the site.",
        "Firefighters needed {hours} hours to bring the flames under control.",
        "The company said production had been halted and that it was cooperating fully with investigators.",
        "Prosecutors in {city} have opened an inquiry into possible negligence.",
        "According to the plant's own figures, it employs about {staff} people.",
        "The mayor, {mayor}, declared three days of mourning.",
        "Residents within {radius} kilometres were told to keep their windows closed.",
        "The plant had been fined {fine} million euros in {year} for safety breaches.",
        "It was the deadliest industrial accident in the region since {since}.",
    ],
    "fr": [
        "Une explosion dans une usine chimique de {org} à {city} a tué {dead} ouvriers {wday}, selon les pompiers de la région.",
        "{hurt} autres personnes ont été hospitalisées, dont {adj} grièvement brûlées.",
        "L'explosion s'est produite peu après le début de l'équipe du matin, lorsqu'une cuve de stockage a pris feu.",
        "« Nous avons entendu un énorme bruit puis les vitres ont volé en éclats », a raconté {witness}, qui habite près du site.",
        "Les pompiers ont eu besoin de {hours} heures pour maîtriser les flammes.",
        "L'entreprise a indiqué que la production avait été arrêtée et qu'elle coopérait pleinement avec les enquêteurs.",
        "Le parquet de {city} a ouvert une enquête pour une possible négligence.",
        "Selon les chiffres de l'usine, elle emploie environ {staff} personnes.",
        "Le maire, {mayor}, a décrété trois jours de deuil.",
        "Les habitants dans un rayon de {radius} kilomètres ont reçu la consigne de garder leurs fenêtres fermées.",
        "L'usine avait été condamnée à une amende de {fine} millions d'euros en {year} pour des manquements à la sécurité.",
        "Il s'agit de l'accident industriel le plus meurtrier de la région depuis {since}.",
    ],
    "es": [
        "Una explosión en una planta química de {org} en {city} mató a {dead} trabajadores el {wday}, informaron los bomberos de la región.",
        "Otras {hurt} personas fueron trasladadas al hospital, {adj} de ellas con quemaduras graves.",
        "La explosión se produjo poco después del inicio del turno de mañana, cuando se incendió un tanque de almacenamiento.",
        "\"Oímos un estruendo enorme y luego se rompieron los cristales\", dijo {witness}, que vive cerca de la planta.",
        "Los bomberos necesitaron {hours} horas para controlar las llamas.",
        "La empresa dijo que había detenido la producción y que colabora plenamente con los investigadores.",
        "La fiscalía de {city} abrió una investigación por posible negligencia.",
        "Según los datos de la propia planta, emplea a unas {staff} personas.",
        "El alcalde, {mayor}, decretó tres días de luto.",
        "Se pidió a los vecinos en un radio de {radius} kilómetros que mantuvieran las ventanas cerradas.",
        "La planta había sido multada con {fine} millones de euros en {year} por infracciones de seguridad.",
        "Es el accidente industrial más mortífero en la región desde {since}.",
    ],
    "de": [
        "Bei einer Explosion in einem Chemiewerk von {org} in {city} sind am {wday} {dead} Arbeiter ums Leben gekommen, teilte die Feuerwehr der Region mit.",
        "Weitere {hurt} Menschen wurden ins Krankenhaus gebracht, {adj} von ihnen mit schweren Verbrennungen.",
        "Die Explosion ereignete sich kurz nach Beginn der Frühschicht, als ein Lagertank Feuer fing.",
        "„Wir hörten einen riesigen Knall, dann zersprangen die Fenster“, sagte {witness}, der in der Nähe des Werks wohnt.",
        "Die Feuerwehr brauchte {hours} Stunden, um die Flammen unter Kontrolle zu bringen.",
        "Das Unternehmen erklärte, die Produktion sei gestoppt worden und man arbeite umfassend mit den Ermittlern zusammen.",
        "Die Staatsanwaltschaft in {city} hat Ermittlungen wegen möglicher Fahrlässigkeit eingeleitet.",
        "Nach Angaben des Werks sind dort rund {staff} Menschen beschäftigt.",
        "Der Bürgermeister, {mayor}, ordnete drei Tage Trauer an.",
        "Anwohner im Umkreis von {radius} Kilometern wurden aufgefordert, die Fenster geschlossen zu halten.",
        "Das Werk war {year} wegen Sicherheitsverstößen zu einer Geldstrafe von {fine} Millionen Euro verurteilt worden.",
        "Es ist der tödlichste Industrieunfall in der Region seit {since}.",
    ],
    "it": [
        "Un'esplosione in un impianto chimico di {org} a {city} ha ucciso {dead} operai {wday}, hanno riferito i vigili del fuoco della regione.",
        "Altre {hurt} persone sono state portate in ospedale, {adj} delle quali con gravi ustioni.",
        "L'esplosione è avvenuta poco dopo l'inizio del turno del mattino, quando un serbatoio ha preso fuoco.",
        "\"Abbiamo sentito un boato enorme e poi i vetri sono andati in frantumi\", ha detto {witness}, che abita vicino allo stabilimento.",
        "I vigili del fuoco hanno impiegato {hours} ore per domare le fiamme.",
        "L'azienda ha detto di aver fermato la produzione e di collaborare pienamente con gli inquirenti.",
        "La procura di {city} ha aperto un'inchiesta per possibile negligenza.",
        "Secondo i dati dello stabilimento, vi lavorano circa {staff} persone.",
        "Il sindaco, {mayor}, ha proclamato tre giorni di lutto.",
        "Ai residenti nel raggio di {radius} chilometri è stato chiesto di tenere le finestre chiuse.",
        "Lo stabilimento era stato multato per {fine} milioni di euro nel {year} per violazioni della sicurezza.",
        "È l'incidente industriale più grave nella regione dal {since}.",
    ],
    "pt": [
        "Uma explosão numa fábrica química da {org} em {city} matou {dead} trabalhadores na {wday}, informaram os bombeiros da região.",
        "Outras {hurt} pessoas foram levadas para o hospital, {adj} delas com queimaduras graves.",
        "A explosão ocorreu pouco depois do início do turno da manhã, quando um tanque de armazenamento pegou fogo.",
        "\"Ouvimos um estrondo enorme e depois os vidros estilhaçaram\", disse {witness}, que mora perto da fábrica.",
        "Os bombeiros precisaram de {hours} horas para controlar as chamas.",
        "A empresa disse que a produção foi suspensa e que está a colaborar plenamente com os investigadores.",
        "O Ministério Público de {city} abriu um inquérito por possível negligência.",
        "Segundo os números da própria fábrica, ela emprega cerca de {staff} pessoas.",
        "O presidente da câmara, {mayor}, decretou três dias de luto.",
        "Os moradores num raio de {radius} quilómetros foram aconselhados a manter as janelas fechadas.",
        "A fábrica tinha sido multada em {fine} milhões de euros em {year} por falhas de segurança.",
        "Foi o acidente industrial mais mortífero da região desde {since}.",
    ],
    "nl": [
        "Bij een explosie in een chemische fabriek van {org} in {city} zijn {wday} {dead} arbeiders om het leven gekomen, meldde de regionale brandweer.",
        "Nog eens {hurt} mensen werden naar het ziekenhuis gebracht, {adj} van hen met ernstige brandwonden.",
        "De explosie gebeurde kort na het begin van de ochtenddienst, toen een opslagtank vlam vatte.",
        "\"We hoorden een enorme knal en daarna sprongen de ramen\", zei {witness}, die vlak bij de fabriek woont.",
        "De brandweer had {hours} uur nodig om het vuur onder controle te krijgen.",
        "Het bedrijf zei dat de productie is stilgelegd en dat het volledig meewerkt aan het onderzoek.",
        "Het openbaar ministerie in {city} is een onderzoek gestart naar mogelijke nalatigheid.",
        "Volgens cijfers van de fabriek zelf werken er ongeveer {staff} mensen.",
        "De burgemeester, {mayor}, kondigde drie dagen van rouw af.",
        "Bewoners binnen een straal van {radius} kilometer kregen het advies hun ramen gesloten te houden.",
        "De fabriek kreeg in {year} een boete van {fine} miljoen euro wegens veiligheidsovertredingen.",
        "Het is het dodelijkste industriële ongeval in de regio sinds {since}.",
    ],
    "pl": [
        "W wybuchu w zakładach chemicznych {org} w mieście {city} zginęło w {wday} {dead} pracowników, poinformowała regionalna straż pożarna.",
        "Kolejne {hurt} osób trafiło do szpitala, {adj} z nich z ciężkimi oparzeniami.",
        "Do wybuchu doszło krótko po rozpoczęciu porannej zmiany, gdy zapalił się zbiornik magazynowy.",
        "„Usłyszeliśmy ogromny huk, a potem popękały szyby” – powiedział {witness}, który mieszka w pobliżu zakładu.",
        "Strażacy potrzebowali {hours} godzin, aby opanować ogień.",
        "Firma poinformowała, że wstrzymała produkcję i w pełni współpracuje ze śledczymi.",
        "Prokuratura w mieście {city} wszczęła śledztwo w sprawie możliwego zaniedbania.",
        "Według danych samego zakładu pracuje w nim około {staff} osób.",
        "Burmistrz {mayor} ogłosił trzydniową żałobę.",
        "Mieszkańcom w promieniu {radius} kilometrów zalecono trzymanie zamkniętych okien.",
        "W {year} roku zakład ukarano grzywną w wysokości {fine} mln euro za naruszenia przepisów bezpieczeństwa.",
        "To najtragiczniejszy wypadek przemysłowy w regionie od {since} roku.",
    ],
}

# The weekday slot, per language (a translation keeps the day).
WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "pl": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek"],
}
# A translation's credit line, per target language; {lang} is the source language's name in it.
CREDITS: dict[str, str] = {
    "en": "Translated from {lang} by our newsroom.",
    "fr": "Traduit de l'{lang} par notre rédaction.",
    "es": "Traducido del {lang} por la redacción.",
    "de": "Übersetzt aus dem {lang} von unserer Redaktion.",
    "it": "Tradotto dal {lang} dalla redazione.",
    "pt": "Traduzido do {lang} pela redação.",
    "nl": "Vertaald uit het {lang} door de redactie.",
    "pl": "Przetłumaczono z języka {lang} w redakcji.",
}
CITIES = ["Velmora", "Castrano", "Ostrowitz", "Belvanne", "Marikova", "Tessaly", "Ruvenna", "Kalmberg", "Dorvigo",
          "Lissendal", "Pradovia", "Santerre", "Vossholm", "Arkelow", "Zelinska", "Montebrisa"]
ORGS = ["Hexaron", "Voltachem", "Brinell Industries", "Quorvex", "Alcedo Chemie", "Nortrax", "Serovia", "Kemitra"]
PEOPLE = ["Lena Varga", "Tomas Ridel", "Ana Kosmala", "Marco Ventresca", "Ines Alvarado", "Piet Sonnevelt",
          "Claire Dumoulin", "Jonas Kehlmann", "Rui Fontainhas", "Elif Karaca", "Olga Sendecka", "Hugo Marchetti"]

