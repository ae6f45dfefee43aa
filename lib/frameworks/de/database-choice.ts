import type { FrameworkTranslation } from "@/lib/scoring";

/** The German texts of the database choice, by the ids of lib/frameworks/database-choice.ts. */
export const databaseChoiceDe: FrameworkTranslation = {
  name: "Datenbank für einen neuen Service",
  question: "Auf welcher Art von Datenbank soll unser neuer Service starten?",
  summary:
    "Die Datenbank eines neuen Services ist an einem Nachmittag gewählt und begleitet ihn über Jahre: Später zu einer anderen Art von Speicher zu wechseln heißt, Abfragen neu zu schreiben, Daten zu migrieren und eine Zeit lang beides zu betreiben. Die Familien unterscheiden sich darin, welche Fragen sie leicht beantworten, was sie garantieren, wenn sich vieles gleichzeitig ändert, wie weit sie wachsen und wie viel Pflege sie brauchen. Bewertet, was der Service in seinen ersten Jahren wirklich braucht, nicht, was eines Tages passieren könnte.",
  criteria: {
    "query-variety": {
      name: "Vielfalt der Fragen an die Daten",
      anchors: {
        1: "Der Service liest und schreibt Datensätze über ihren Schlüssel, sonst nichts.",
        3: "Eine Handvoll bekannter Zugriffsmuster, mit etwas Filtern und Sortieren.",
        5: "Ad-hoc-Fragen über viele Arten von Datensätzen: Joins, Reports, jeden Monat neue Filter.",
      },
      help: "Denk auch an die Fragen, die Produktmanager und Analysten nächstes Jahr stellen werden, nicht nur an die heutigen Ansichten.",
      label: "Abfrageflexibilität",
      shortfall:
        "{option} beantwortet vielfältige Fragen nur mit {profile} von 5, der Service braucht aber {team}",
    },
    consistency: {
      name: "Korrektheit, wenn sich mehrere Datensätze gemeinsam ändern",
      anchors: {
        1: "Ein kurz veralteter Datensatz oder ein verlorenes Update richtet keinen Schaden an.",
        3: "Die meisten Änderungen betreffen einen Datensatz; einige brauchen Sorgfalt, und das kann der Code leisten.",
        5: "Geld, Lagerbestand oder Buchungen: Mehrere Datensätze müssen sich gemeinsam ändern oder gar nicht, und zwar immer.",
      },
      help: "Frag dich, was passiert, wenn zwei Leute im selben Moment dasselbe ändern.",
      label: "Transaktionssicherheit",
      shortfall:
        "{option} garantiert Korrektheit über mehrere Datensätze nur mit {profile} von 5, der Service braucht aber {team}",
    },
    scale: {
      name: "Volumen und Wachstum",
      anchors: {
        1: "Tausende Datensätze und ein paar Anfragen pro Sekunde; ein kleiner Server reicht völlig.",
        3: "Millionen Datensätze und gleichmäßiger Traffic, den ein großer einzelner Server über Jahre bewältigt.",
        5: "Schreiblast oder Datenmengen jenseits dessen, was eine einzelne Maschine fassen kann, oder Nutzer auf mehreren Kontinenten, die alle schnelle Antworten brauchen.",
      },
      help: "Schätze anhand echter Zahlen für die nächsten zwei, drei Jahre; die meisten Services wachsen nie über einen guten Server hinaus.",
      label: "Skalierung",
      shortfall:
        "{option} skaliert nur bis {profile} von 5, weniger als die {team}, die der Service braucht",
    },
    "shape-variety": {
      name: "Wie stark sich Datensätze in ihrer Form unterscheiden",
      anchors: {
        1: "Jeder Datensatz hat dieselben, gut bekannten Felder.",
        3: "Ein stabiler Kern mit einigen optionalen oder verschachtelten Teilen.",
        5: "Datensätze unterscheiden sich stark und ihre Felder ändern sich oft, etwa bei Artikeln von vielen Lieferanten.",
      },
      help: "Denk an die Daten selbst, nicht daran, wie oft das Team den Code ändern will.",
      label: "Formvielfalt der Datensätze",
      shortfall:
        "{option} kommt mit unterschiedlich geformten Datensätzen nur mit {profile} von 5 zurecht, der Service braucht aber {team}",
    },
    operations: {
      name: "Kapazität für Betrieb und Kosten",
      anchors: {
        1: "Ein Managed Service, der keine Aufmerksamkeit braucht, bei kleinem Budget.",
        3: "Jemand kann eine Datenbank tunen, sichern und upgraden, und es gibt ein mittleres Budget.",
        5: "Datenbankspezialisten und das Budget für einen Cluster über mehrere Regionen.",
      },
      help: "Zähl die Leute, die Datenbanken wirklich tief verstehen, und was die Organisation jeden Monat zahlen wird.",
      label: "Betriebskapazität",
      shortfall:
        "{option} braucht Betriebskapazität von {profile} von 5, mehr als die {team}, die das Team hat",
    },
  },
  options: {
    relational: {
      name: "Relationale Datenbank",
      summary:
        "Eine SQL-Datenbank mit einem einzelnen Primary wie PostgreSQL oder MySQL, am besten als Managed Service: Tabellen, Joins, Transaktionen und Tooling aus Jahrzehnten.",
      habitat:
        "Die meisten Business-Services: Bestellungen, Konten, interne Tools, alles mit Beziehungen zwischen den Daten.",
      strengths: [
        "Beantwortet neue Fragen, ohne dass die Daten neu entworfen werden müssen.",
        "Transaktionen halten zusammengehörige Datensätze ohne zusätzlichen Code korrekt.",
        "Jedes Team, jedes Tool und jeder Hoster kennt sie.",
      ],
      weaknesses: [
        "Über einen einzelnen Primary-Server hinauszuwachsen ist harte Arbeit.",
        "Sehr unterschiedliche Datensätze passen nur umständlich in ihre Tabellen.",
      ],
      implementation: {
        pilot:
          "Modelliert die drei wichtigsten Entitäten des Services und ihre Abfragen, ladet realistische Datenmengen und prüft den Plan der langsamsten Abfrage, bevor ihr darauf aufbaut.",
        roles:
          "Benennt einen Schema-Owner, der Migrationen und Indizes prüft, und stellt sicher, dass Backups mindestens einmal testweise wiederhergestellt werden.",
        scaling:
          "Setzt zuerst auf Read-Replicas und Caching; zieht Partitionierung erst in Betracht, wenn Messungen zeigen, dass der Primary die Grenze ist.",
        review:
          "Vergleicht jedes halbe Jahr das Wachstum mit dem größten verfügbaren Server, lange bevor er erreicht ist.",
        owners: ["Schema-Owner", "Backup-Owner"],
      },
      risks: [
        "Schema-Migrationen auf großen Tabellen sperren diese im ungünstigsten Moment, wenn niemand sie plant.",
        "Das Wachstum wird ignoriert, bis der Primary voll ist, und dann ist der Umzug am schwersten.",
      ],
    },
    document: {
      name: "Dokumentendatenbank",
      summary:
        "Ein Speicher für selbstbeschreibende Dokumente wie MongoDB oder Couchbase: Jeder Datensatz bringt seine eigene verschachtelte Struktur mit, und Collections verteilen sich über mehrere Server.",
      habitat:
        "Kataloge, Inhalte und Profile, deren Datensätze sich in der Form unterscheiden und als Ganzes gelesen werden.",
      strengths: [
        "Unterschiedliche und sich ändernde Datensätze brauchen keine Schema-Migration.",
        "Ein Dokument enthält, was eine Ansicht braucht, also sind Lesezugriffe einfach und schnell.",
      ],
      weaknesses: [
        "Fragen über mehrere Collections hinweg sind umständlich und langsam.",
        "Ohne Schema hängt die Datenqualität am Anwendungscode.",
      ],
      implementation: {
        pilot:
          "Speichert eine realistische Stichprobe der unterschiedlichsten Datensätze, schreibt die Abfragen, die die ersten Ansichten brauchen, und probiert einen Report über mehrere Collections aus.",
        roles:
          "Benennt einen Datenmodell-Owner, der die erwarteten Felder jeder Collection dokumentiert und sie an der Systemgrenze validiert.",
        scaling:
          "Wählt Shard-Keys anhand gemessener Zugriffsmuster, bevor die Daten wachsen, und legt Indizes pro Abfrage an.",
        review:
          "Prüft jedes halbe Jahr, ob Fragen über mehrere Collections häufig geworden sind; wenn ja, befüllt eine relationale Kopie für Reports.",
        owners: ["Datenmodell-Owner"],
      },
      risks: [
        "Die Formen driften auseinander, bis niemand mehr weiß, welche Felder ein Dokument haben darf.",
        "Reporting-Anforderungen kommen, und das Team baut langsame Joins im Code.",
      ],
    },
    "key-value": {
      name: "Managed Key-Value-Store",
      summary:
        "Ein vollständig gemanagter Speicher wie DynamoDB oder Bigtable, der Einträge in jeder Menge über ihren Schlüssel liest und schreibt, ausgelegt auf wenige, vorab bekannte Zugriffsmuster.",
      habitat: "Lookups in großer Menge: Sessions, Events, Gerätedaten, Warenkörbe.",
      strengths: [
        "Skaliert ohne Betriebsaufwand von null auf riesige Mengen.",
        "Vorhersehbar schnelles Lesen und Schreiben über den Schlüssel.",
      ],
      weaknesses: [
        "Jedes Zugriffsmuster muss vorab entworfen werden; neue Fragen bedeuten neue Kopien der Daten.",
        "Die Kosten folgen dem Traffic und können bei großen Mengen überraschen.",
      ],
      implementation: {
        pilot:
          "Listet jedes Zugriffsmuster auf, das der Service braucht, entwerft die Schlüssel dafür und testet das meistgenutzte unter der erwarteten Last.",
        roles:
          "Benennt einen Owner für das Key-Design, der jedes neue Zugriffsmuster freigibt, und jemanden, der die monatliche Rechnung im Blick behält.",
        scaling:
          "Ergänzt für neue Fragen Sekundärindizes oder Streams in andere Speicher, statt zu scannen.",
        review: "Vergleicht jedes Quartal die Kosten pro Anfrage mit der Traffic-Prognose.",
        owners: ["Key-Design-Owner", "Kosten-Owner"],
      },
      risks: [
        "Eine Frage kommt, an die beim Entwurf niemand gedacht hat, und die Antwort braucht einen Full Scan oder eine neue Kopie der Daten.",
        "Der Traffic wächst und mit ihm die Rechnung, ohne dass jemand hinschaut.",
      ],
    },
    "distributed-sql": {
      name: "Verteilte SQL-Datenbank",
      summary:
        "Eine SQL-Datenbank wie CockroachDB, YugabyteDB oder Spanner, die Daten und Transaktionen über viele Server und Regionen verteilt.",
      habitat:
        "Services mit strengen Anforderungen an Korrektheit im globalen Maßstab: Hauptbücher, Lagerbestände, Buchungen über Regionen hinweg.",
      strengths: [
        "Relationale Abfragen und Transaktionen ohne die Grenze einer einzelnen Maschine.",
        "Übersteht den Ausfall eines Servers oder einer ganzen Region.",
      ],
      weaknesses: [
        "Jede Transaktion zahlt für die Koordination zwischen den Servern.",
        "Sie gut zu betreiben ist teuer und braucht Spezialwissen.",
      ],
      implementation: {
        pilot:
          "Lasst die meistgenutzte Transaktion des Services unter erwarteter Last über die Regionen laufen, die ihr braucht, und messt ihre Latenz an dem, was Nutzer akzeptieren.",
        roles:
          "Benennt eine Datenbank-Leitung, die die Cluster-Topologie verantwortet, und jemanden, der plant, wo die Daten jeder Tabelle liegen.",
        scaling:
          "Nehmt Regionen einzeln dazu, legt Daten nahe an ihre Nutzer und testet den Verlust einer Region, bevor ihr euch darauf verlasst.",
        review:
          "Vergleicht jedes halbe Jahr Latenz und Kosten mit einem Setup in nur einer Region; nicht jeder Service braucht dauerhaft globale Skalierung.",
        owners: ["Datenbank-Leitung", "Datenplatzierungs-Owner"],
      },
      risks: [
        "Die Latenz zwischen Regionen bremst jede Transaktion stärker als erwartet.",
        "Das Team zahlt für globale Skalierung, lange bevor es sie braucht.",
      ],
    },
  },
  tradeOffs: {},
  facts: {
    "start-relational": {
      question: "Wir können es noch nicht sagen. Was ist der sichere Standard?",
      answer:
        "Eine gemanagte relationale Datenbank: Sie beantwortet ungeplante Fragen, hält die Daten korrekt und wächst weiter, als die meisten Services je brauchen.",
    },
    "two-stores": {
      question: "Kann ein Service mehr als eine Art nutzen?",
      answer:
        "Ja, und viele tun das: Ein Speicher ist die Source of Truth, andere bekommen Kopien für Suche, Reporting oder schnelle Lookups. Jeder zusätzliche Speicher ist eine Sache mehr, die betrieben werden muss.",
    },
    "design-keys-first": {
      question: "Warum ist das Key-Design so wichtig?",
      answer:
        "Ein Key-Value-Store beantwortet nur die Fragen, für die seine Schlüssel entworfen wurden; listet jedes Zugriffsmuster auf, bevor ihr zum ersten Mal schreibt.",
    },
    "scale-honestly": {
      question: "Sind wir sicher, dass wir globale Skalierung brauchen?",
      answer:
        "Prüft die Zahlen: Ein großer relationaler Server bewältigt mehr, als die meisten Services je sehen werden, zu einem Bruchteil der Kosten.",
    },
  },
  withoutDecision:
    "Solange nichts entschieden ist, wird die Lieblingsdatenbank der ersten Person, die Code schreibt, stillschweigend zur Wahl, und das Team merkt erst, was sie nicht kann, wenn die Daten schon drin sind.",
};
