import type { FrameworkTranslation } from "@/lib/scoring";

/** The build-or-buy framework in German; ids and numbers stay in ../build-or-buy.ts. */
export const buildOrBuyDe: FrameworkTranslation = {
  name: "Selbst bauen, kaufen oder Open Source nutzen",
  question:
    "Sollen wir diese Funktion selbst bauen, ein Produkt kaufen oder auf ein Open-Source-Projekt setzen?",
  summary:
    "Jedes Team stößt immer wieder auf Funktionen, die es braucht, aber noch nicht hat: Anmeldung, Suche, Feature-Flags, Abrechnung, eine Datenpipeline. Sie selbst zu schreiben, dafür zu bezahlen oder fremden Code zu betreiben, bindet das Team jeweils für Jahre, nur in verschiedenen Währungen: Entwicklungszeit, Geld und Abhängigkeit von anderen. Die richtige Antwort hängt davon ab, wie sehr die Funktion das Produkt von anderen abhebt, wie bald sie gebraucht wird, wie viel Kontrolle das Team behalten muss und was es ausgeben kann.",
  criteria: {
    differentiation: {
      name: "Wie sehr es uns abhebt",
      anchors: {
        1: "Standardware: Jedes Unternehmen braucht das, und niemand wählt uns deswegen.",
        3: "Es ist unseren Nutzern wichtig, aber eine gut konfigurierte Standardlösung würde die meisten zufriedenstellen.",
        5: "Es ist ein Grund, warum Kunden uns wählen; es muss genau auf unsere Art funktionieren und sich ständig mit dem Produkt weiterentwickeln.",
      },
      help: "Frag dich, ob ein Kunde es merken würde, wenn wir dasselbe nutzten wie unsere Konkurrenz.",
      label: "Passung zur eigenen Arbeitsweise",
      shortfall:
        "{option} passt nur mit {profile} von 5 zu den eigenen Anforderungen des Produkts, während das Team {team} braucht",
    },
    urgency: {
      name: "Wie bald es funktionieren muss",
      anchors: {
        1: "Es gibt keinen Termin: In einem Jahr wäre es auch in Ordnung.",
        3: "Es sollte innerhalb eines Quartals im Einsatz sein.",
        5: "Nutzer oder ein Vertrag brauchen es innerhalb weniger Wochen.",
      },
      help: "Richte dich nach dem echten Termin, auf den jemand außerhalb des Teams wartet, nicht nach Ungeduld.",
      label: "Zeit bis zum ersten Einsatz",
      shortfall:
        "{option} kommt mit einem Tempo von {profile} von 5 zum ersten Einsatz, langsamer als die {team}, die das Team braucht",
    },
    control: {
      name: "Kontrolle über Daten und Richtung",
      anchors: {
        1: "Wo die Daten liegen und wer über die nächsten Schritte entscheidet, ist uns egal.",
        3: "Wir müssen unsere Daten exportieren und mitreden können, aber mit der Roadmap von jemand anderem können wir leben.",
        5: "Die Daten müssen auf Infrastruktur unserer Wahl bleiben, und wir müssen alles ändern können, ohne auf jemanden zu warten.",
      },
      help: "Denk an Datenresidenz, Sicherheitsprüfungen und daran, was passiert, wenn ein Anbieter Preis oder Kurs ändert.",
      label: "Kontrolle",
      shortfall:
        "{option} lässt dem Team nur {profile} von 5 an Kontrolle, während es {team} braucht",
    },
    engineering: {
      name: "Entwicklungszeit für Aufbau und Betrieb",
      anchors: {
        1: "Niemand kann das übernehmen; höchstens konfiguriert jemand ein Produkt und bindet es an.",
        3: "Ein paar Engineers können ein System neben ihrer übrigen Arbeit installieren, integrieren und aktualisieren.",
        5: "Ein Team kann die Funktion über Jahre verantworten: entwerfen, bauen, betreiben und laufend verbessern.",
      },
      help: "Zähl die Leute, die sich in zwei Jahren noch darum kümmern würden, nicht nur die, die damit anfangen könnten.",
      label: "Entwicklungszeit",
      shortfall:
        "{option} braucht Entwicklungszeit auf Stufe {profile} von 5, und das Team hat sich selbst {team} gegeben",
    },
    spend: {
      name: "Budget für Lizenzen und Anbieter",
      anchors: {
        1: "Kein Geld für Lizenzen oder Abos; nur die Infrastruktur, die wir ohnehin schon bezahlen.",
        3: "Ein bescheidenes Jahresbudget, genug für einen Supportvertrag oder ein kleines Abo.",
        5: "Ein Budget, das jedes Jahr einen Anbieter bezahlen kann und mit unserer Nutzung mitwächst.",
      },
      help: "Gehälter zählen zur Entwicklungszeit; hier geht es um das Geld, das an andere Firmen fließen würde.",
      label: "Budget für Anbieter",
      shortfall:
        "{option} braucht ein Anbieterbudget von {profile} von 5, mehr als die {team}, die das Team ausgeben kann",
    },
  },
  options: {
    build: {
      name: "Selbst bauen",
      summary:
        "Das Team entwirft, schreibt und betreibt die Funktion selbst; so tut sie genau, was das Produkt braucht, und ändert sich, wann immer sich das Produkt ändert.",
      habitat:
        "Funktionen im Kern des Produkts, in Teams, die über Jahre Engineers dafür freistellen können.",
      strengths: [
        "Sie passt genau zum Produkt und ändert sich im Takt des Teams.",
        "Kein Anbieter kann die Preise erhöhen, die Bedingungen ändern oder den Dienst einstellen.",
      ],
      weaknesses: [
        "Die erste brauchbare Version dauert Monate.",
        "Die Wartung hört nie auf und konkurriert mit der Produktarbeit um dieselben Leute.",
        "Das Team muss lernen, was Fachleute längst wissen, oft indem es deren Fehler wiederholt.",
      ],
      implementation: {
        pilot:
          "Baut in vier bis sechs Wochen die kleinste Version, die eine echte User Journey abdeckt, und vergleicht, was sie an Arbeitszeit gekostet hat, mit dem Preis eines Produkts.",
        roles:
          "Benennt ein verantwortliches Team, zu dessen Auftrag die Funktion gehört, und eine technische Leitung, die über ihr Design entscheidet.",
        scaling:
          "Erweitert sie nur dort, wo das Produkt etwas braucht, das kein fertiges Produkt bietet; die gewöhnlichen Teile drumherum kauft ihr oder nehmt Open Source.",
        review:
          "Prüft jedes halbe Jahr, ob der Markt aufgeholt hat; kann ein Produkt inzwischen dasselbe, plant den Umstieg.",
        owners: ["Leitung des verantwortlichen Teams", "Technische Leitung"],
      },
      risks: [
        "Die Funktion wächst zu einem zweiten Produkt heran, für das niemand Leute eingeplant hat.",
        "Die Leute, die sie gebaut haben, gehen, und mit ihnen das Wissen, warum sie so funktioniert, wie sie funktioniert.",
      ],
    },
    buy: {
      name: "Produkt kaufen",
      summary:
        "Das Team bezahlt einen Anbieter für ein gehostetes oder lizenziertes Produkt, konfiguriert es und bindet es an; der Anbieter baut, betreibt und verbessert es.",
      habitat:
        "Standardfunktionen in Teams, deren Engineers mit dem eigentlichen Produkt ausgelastet sind.",
      strengths: [
        "Binnen Tagen einsatzbereit, mit der Erfahrung des Anbieters gleich eingebaut.",
        "Upgrades, Sicherheitsfixes und Betrieb übernimmt jemand anderes.",
      ],
      weaknesses: [
        "Es funktioniert so, wie der Anbieter es will; das eigene Produkt passt sich an, nicht umgekehrt.",
        "Die Kosten wachsen mit der Nutzung und mit den Preisentscheidungen des Anbieters.",
        "Ein späterer Ausstieg heißt, Daten zu migrieren und Integrationen neu zu schreiben.",
      ],
      implementation: {
        pilot:
          "Testet zwei Produkte für begrenzte Zeit an einem echten Anwendungsfall, und exportiert vor der Unterschrift die Testdaten, um zu zeigen, dass ihr wieder herauskommt.",
        roles:
          "Benennt eine Person, die den Anbieter verantwortet, also Vertrag, Verlängerungstermine und Beziehung, und eine, die die Konfiguration administriert.",
        scaling:
          "Führt es Team für Team ein, haltet Integrationen hinter einer dünnen eigenen Schicht und behaltet die Rechnung im Verhältnis zur Nutzung im Blick.",
        review:
          "Prüft Passung und Kosten vor jeder Vertragsverlängerung, früh genug, um noch umzusteuern.",
        owners: ["Anbieterverantwortung", "Administration"],
      },
      risks: [
        "Eine Preiserhöhung oder neue Bedingungen kommen genau dann, wenn der Ausstieg teuer geworden ist.",
        "Integrationen breiten sich in der Codebasis aus, sodass ein späterer Austausch des Produkts alles berührt.",
      ],
    },
    "adopt-open-source": {
      name: "Open Source nutzen",
      summary:
        "Das Team betreibt ein etabliertes Open-Source-Projekt auf eigener Infrastruktur, konfiguriert und erweitert es und folgt bei Upgrades seiner Community.",
      habitat:
        "Teams mit Betriebserfahrung, wenig Budget und dem Anspruch, ihre Daten in eigener Hand zu behalten.",
      strengths: [
        "Keine Lizenzgebühren, und die Daten bleiben auf Infrastruktur, die das Team auswählt.",
        "Ein ausgereiftes Projekt bringt jahrelange Fixes anderer Leute mit und eine Community, die man fragen kann.",
      ],
      weaknesses: [
        "Betrieb, Absicherung und Upgrades sind Sache des Teams.",
        "Projekte können einschlafen, ihre Lizenz wechseln oder sich spalten, und das Team trägt die Folgen.",
      ],
      implementation: {
        pilot:
          "Setzt das Projekt für einen Anwendungsfall in einer Testumgebung auf, probiert ein Upgrade zwischen zwei Releases und notiert, wie viel Zeit beides gekostet hat.",
        roles:
          "Benennt eine Person, die Releases und Sicherheitshinweise des Projekts verfolgt, und klärt, wer Rufbereitschaft hat, wenn es ausfällt.",
        scaling:
          "Automatisiert Deployment und Upgrades, bevor weitere Teams davon abhängen, und haltet lokale Änderungen so klein, dass sie sich über Versionen hinweg mitnehmen lassen.",
        review:
          "Prüft jedes halbe Jahr, wie gesund das Projekt ist: Releases, Maintainer, Lizenz, und wie weit eure Kopie hinterherhinkt.",
        owners: ["Projektverantwortung", "Betriebsverantwortung"],
      },
      risks: [
        "Upgrades werden aufgeschoben, bis das Team eine Version mit bekannten Sicherheitslücken betreibt.",
        "Lokale Änderungen häufen sich, bis das Team einen Fork pflegt, den sonst niemand nutzt.",
      ],
    },
  },
  tradeOffs: {
    fit: {
      dimension: "Passung zum Produkt",
      cells: {
        build: "Genau: dafür gemacht",
        buy: "Generisch: die Sicht des Anbieters auf das Problem",
        "adopt-open-source": "Gut, mit Erweiterungen oder einem Fork",
      },
    },
    "time-to-value": {
      dimension: "Zeit bis zum ersten Einsatz",
      cells: {
        build: "Monate",
        buy: "Tage bis Wochen",
        "adopt-open-source": "Wochen",
      },
    },
    "ongoing-cost": {
      dimension: "Laufende Kosten",
      cells: {
        build: "Arbeitszeit von Engineers, solange es die Funktion gibt",
        buy: "Eine jährliche Rechnung, die mit der Nutzung wächst",
        "adopt-open-source": "Zeit für den Betrieb, dazu Hosting",
      },
    },
    exit: {
      dimension: "Kosten eines Kurswechsels",
      cells: {
        build: "Wenig Geld, aber viel verlorener Aufwand",
        buy: "Hoch: Datenmigration und neue Integrationen",
        "adopt-open-source": "Mittel: Die Daten gehören schon euch",
      },
    },
  },
  facts: {
    hybrid: {
      question: "Können wir die Optionen mischen?",
      answer:
        "Meist ist das sogar das beste Ergebnis: Kauft die gewöhnlichen Teile oder nehmt Open Source dafür, und baut nur die dünne Schicht selbst, die das Produkt besonders macht.",
    },
    "hidden-build-cost": {
      question: "Selbst bauen wirkt billiger als die Lizenz. Stimmt das?",
      answer:
        "Vergleicht mehrere Jahre, nicht nur das erste: Die Kosten des Selbstbauens sind vor allem Wartung, Rufbereitschaft und die Produktarbeit, die liegen bleibt, während die Engineers daran arbeiten.",
    },
    "exit-plan": {
      question: "Wie vermeiden wir einen Lock-in?",
      answer:
        "Exportiert vor der Unterschrift echte Daten und haltet Aufrufe an das Produkt hinter einer eigenen Schnittstelle; beides macht aus einem Ausstieg ein Projekt statt einer Krise.",
    },
    "project-health": {
      question: "Wie beurteilen wir ein Open-Source-Projekt?",
      answer:
        "Schaut, wann es zuletzt ein Release gab, wie viele Leute es pflegen, wie mit Sicherheitsmeldungen umgegangen wird und unter welcher Lizenz es steht; ein beliebtes Projekt mit nur einer Person als Maintainer ist ein Risiko.",
    },
  },
  commonRisks: [
    "Pro Funktion zu entscheiden, ohne aufs Ganze zu schauen: Ein Dutzend kleiner Käufe oder selbst gebauter Tools summiert sich zu einer Last, die niemand eingeplant hat.",
  ],
  withoutDecision:
    "Solange nichts entschieden ist, wird die Lücke trotzdem gefüllt: Jemand schreibt schnell ein Skript, jemand anderes startet eine Testversion, und ein Jahr später pflegt das Team ein halbfertiges Tool und bezahlt ein Produkt, das niemand richtig nutzt.",
  smallTeamNote:
    "bei so wenigen Leuten ist Entwicklungszeit das knappste Gut. Kauft alles, was das Produkt nicht abhebt, oder nehmt Open Source dafür, und baut nur selbst, was es abhebt.",
};
