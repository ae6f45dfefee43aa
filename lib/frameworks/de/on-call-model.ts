import type { FrameworkTranslation } from "@/lib/scoring";

/** The German texts of the on-call model, by the ids of lib/frameworks/on-call-model.ts. */
export const onCallModelDe: FrameworkTranslation = {
  name: "On-Call-Modell",
  question:
    "Wer soll geweckt werden, wenn die Produktion ausfällt, und wie verteilen wir diese Last?",
  summary:
    "Sobald ein Service Nutzer hat, die merken, wenn er nicht läuft, muss jemand zu jeder Stunde auf seine Alerts reagieren. Wie diese Rufbereitschaft organisiert ist, entscheidet, wie schnell Incidents enden, wer daraus lernt und wie müde die Leute werden. Eine Follow-the-Sun-Rotation, ein eigenes Reliability-Team und Teams, die ihre Services selbst betreiben, erkaufen Tempo, Wissen oder Schlaf jeweils zu einem anderen Preis; welches Modell passt, hängt davon ab, wie teuer ein Ausfall ist, wie schnell sich die Systeme ändern und welche Leute die Organisation wo hat.",
  criteria: {
    availability: {
      name: "Wie schnell auf einen Ausfall reagiert werden muss",
      anchors: {
        1: "Ein Ausfall kann ohne echten Schaden bis zum nächsten Arbeitstag warten.",
        3: "Ausfälle treffen die Nutzer; innerhalb einer Stunde sollte jemand reagieren, tags wie nachts.",
        5: "Jede Minute Ausfall kostet Geld oder Sicherheit; jemand muss zu jeder Stunde innerhalb von Minuten handeln.",
      },
      help: "Denk an die schlimmste Stunde der Woche für einen Ausfall und daran, was er dann kosten würde, nicht an den Durchschnitt.",
      label: "Reaktionsgeschwindigkeit",
      shortfall:
        "{option} reagiert auf Ausfälle mit einer Geschwindigkeit von {profile} von 5, das Team braucht aber {team}",
    },
    "change-pace": {
      name: "Wie oft sich die Produktion ändert",
      anchors: {
        1: "Releases sind selten und werden Wochen im Voraus geplant.",
        3: "Jeder Service bekommt etwa einmal pro Woche ein Release.",
        5: "Täglich gehen viele Änderungen live, oft durch die Leute, die sie geschrieben haben.",
      },
      help: "Bei schnellem Wandel verursacht oft die letzte Änderung den Incident, und wer sie geschrieben hat, versteht sie am besten.",
      label: "Änderungstempo",
      shortfall:
        "{option} verkraftet ein Änderungstempo von {profile} von 5, das Team arbeitet aber mit {team}",
    },
    "time-zones": {
      name: "Leute in mehreren Zeitzonen",
      anchors: {
        1: "Alle arbeiten in derselben Zeitzone oder in zwei benachbarten.",
        3: "Zwei Standorte, mehrere Stunden auseinander, jeder mit ein paar Leuten, die die Systeme kennen.",
        5: "Drei oder mehr Regionen rund um den Globus, jede mit genug Leuten, die Incidents bearbeiten können.",
      },
      help: "Zähl die Leute, die während ihrer Tageszeit wirklich einen Incident übernehmen könnten, nicht nur die Bürostandorte.",
      label: "Verteilung über Zeitzonen",
      shortfall:
        "{option} braucht eine Verteilung über Zeitzonen von {profile} von 5, und das Team hat sich selbst mit {team} bewertet",
    },
    "ops-staff": {
      name: "Eigene Leute für den Betrieb",
      anchors: {
        1: "Niemand hat den Betrieb als Hauptaufgabe; die Entwickler betreiben, was sie ausliefern.",
        3: "Es gibt eine kleine Betriebs- oder Plattformgruppe, aber sie ist mit anderer Arbeit ausgelastet.",
        5: "Wir haben ein Team, dessen Hauptaufgabe die Zuverlässigkeit der Produktion ist, oder können eines einstellen und bezahlen.",
      },
      help: "Reliability Engineers sind rar; zähl die Leute und das Budget, die ihr wirklich habt.",
      label: "Betriebspersonal",
      shortfall:
        "{option} braucht eigenes Betriebspersonal im Umfang von {profile} von 5, mehr als die {team}, die das Team aufbringen kann",
    },
    "team-depth": {
      name: "Leute pro Team für eine Rotation",
      anchors: {
        1: "Teams aus zwei oder drei Leuten; die On-Call-Woche käme jede zweite Woche wieder.",
        3: "Teams aus vier oder fünf Leuten, die ihre eigenen Services gut kennen.",
        5: "Sechs oder mehr Leute pro Service, genug für eine Rotation, in der jede Person nur selten an der Reihe ist.",
      },
      help: "Eine zumutbare Rotation braucht so viele Leute, dass niemand öfter als eine von fünf oder sechs Wochen Rufbereitschaft hat.",
      label: "Teamstärke",
      shortfall:
        "{option} braucht Teams mit einer Stärke von {profile} von 5, mehr als die {team} des Teams",
    },
  },
  options: {
    "follow-the-sun": {
      name: "Follow the Sun",
      summary:
        "Incidents bearbeitet während der Arbeitszeit die Region, die gerade wach ist, und übergibt sie am Ende ihres Tages an die nächste Region, sodass niemand nachts alarmiert wird.",
      habitat:
        "Globale Organisationen mit Entwicklungs- oder Betriebsstandorten auf mehreren Kontinenten.",
      strengths: [
        "Niemand wird nachts geweckt, also brennt auch niemand an den Alarmen aus.",
        "Zu jeder Stunde reagiert eine ausgeruhte Person auf jeden Incident.",
      ],
      weaknesses: [
        "Bei jeder Übergabe kann verloren gehen, was die vorige Region gelernt hat.",
        "Wer reagiert, hat das System, das repariert werden muss, oft nicht selbst gebaut.",
        "Es braucht fähige Leute in jeder Region, und die haben nur wenige Organisationen.",
      ],
      implementation: {
        pilot:
          "Betreibt die Rotation einen Monat lang für einen wichtigen Service, mit einer schriftlichen Übergabe am Ende jeder Schicht, und haltet jeden Incident fest, der über eine Übergabe hinweg lief.",
        roles:
          "Benennt eine Leitung pro Region, eine verantwortliche Person für das Übergabeformat und einen Eskalationskontakt im Team, das den Service baut.",
        scaling:
          "Nehmt Services einzeln dazu, jeden mit Runbooks, die die anderen Regionen ausprobiert haben, bevor seine Alerts in die Rotation kommen.",
        review:
          "Prüft jedes Quartal die Incidents, die über eine Übergabe liefen, und was dabei verloren ging.",
        owners: ["Regionsleitung", "Übergabe-Owner", "Eskalationskontakt"],
      },
      risks: [
        "Ein Incident zieht sich über mehrere Übergaben, und jede Region fängt wieder von vorn an.",
        "Die Region, die am weitesten von den Entwicklern entfernt ist, bekommt die schwierigsten Incidents und die wenigste Hilfe.",
      ],
    },
    "sre-rotation": {
      name: "Eigene SRE-Rotation",
      summary:
        "Ein Site-Reliability-Team nimmt die Alarme für viele Services an, pflegt Tooling und Runbooks und eskaliert nur dann an das entwickelnde Team, wenn es sein muss.",
      habitat:
        "Organisationen mit vielen kleinen Produktteams und dem Budget für ein Reliability-Team.",
      strengths: [
        "Incidents bearbeiten Leute, die das oft und gut machen.",
        "Tooling, Alerting und Runbooks werden an einer Stelle für alle Services besser.",
      ],
      weaknesses: [
        "Die Entwickler spüren nicht, was ihre Änderungen anrichten, deshalb werden weniger Probleme an der Wurzel behoben.",
        "Das Reliability-Team kann zum Engpass werden oder zur Abladestelle für fragile Services.",
      ],
      implementation: {
        pilot:
          "Lasst das Reliability-Team einen Monat lang die Alarme eines Services mit guten Runbooks übernehmen, und haltet schriftlich fest, wofür das entwickelnde Team weiter verantwortlich bleibt.",
        roles:
          "Benennt die Leitung des Reliability-Teams und für jeden Service eine verantwortliche Person im entwickelnden Team, die Eskalationen annimmt und Ursachen behebt.",
        scaling:
          "Übernehmt einen neuen Service erst, wenn er vereinbarte Standards für Alerts, Dashboards und Runbooks erfüllt; gebt einen Service zurück, wenn seine Alarme ein vereinbartes Budget überschreiten.",
        review:
          "Prüft jedes Quartal die Zahl der Alarme pro Service und wer die Ursachen behoben hat.",
        owners: ["Reliability-Leitung", "Service-Owner"],
      },
      risks: [
        "Das Reliability-Team wird mit Services überflutet, die es nicht gebaut hat und nicht ändern kann.",
        "Spezialisten gehen, und neue einzustellen dauert Monate.",
      ],
    },
    "you-build-it-you-run-it": {
      name: "You build it, you run it",
      summary:
        "Jedes Team hat Rufbereitschaft für die Services, die es baut, mit einer Rotation im Team: Wer ein System ändert, wird also auch alarmiert, wenn es ausfällt.",
      habitat:
        "Produktteams ab fünf Leuten, die oft deployen und ihre Services von Anfang bis Ende verantworten.",
      strengths: [
        "Wer den Schmerz spürt, kann die Ursache beheben, deshalb werden Services mit der Zeit robuster.",
        "Keine Übergaben: Wer reagiert, kennt das System und seine letzte Änderung.",
      ],
      weaknesses: [
        "Nächtliche Alarme treffen die Entwickler und zermürben sie, wenn Services viel Lärm machen.",
        "Kleine Teams können keine zumutbare Rotation besetzen.",
        "Jedes Team erfindet seine Runbooks und sein Alerting neu.",
      ],
      implementation: {
        pilot:
          "Setzt ein Team mit einem gut instrumentierten Service einen Monat lang für seine eigenen Alarme in Rufbereitschaft, mit einem Fallback-Kontakt, und zählt die Alarme pro Person und Woche.",
        roles:
          "Benennt pro Team eine On-Call-Leitung, die Rotation und Alerts verantwortet, und jemanden, der einen gemeinsamen Incident-Prozess über alle Teams hinweg pflegt.",
        scaling:
          "Stellt Team für Team um, und zwar erst, wenn ein Team Dashboards, Alerts, die wirklich eine Handlung verlangen, und mindestens fünf Leute in seiner Rotation hat.",
        review:
          "Prüft jedes Quartal die Alarme pro Person und die gestörten Nächte, und behebt zuerst die lautesten Alerts.",
        owners: ["On-Call-Leitung im Team", "Incident-Prozess-Owner"],
      },
      risks: [
        "Laute Alerts wecken Leute für nichts, bis sie anfangen, Alarme zu ignorieren.",
        "Ein Team schrumpft, und seine Rotation besteht still und leise nur noch aus ein oder zwei erschöpften Leuten.",
      ],
    },
  },
  tradeOffs: {
    sleep: {
      dimension: "Wer nachts geweckt wird",
      cells: {
        "follow-the-sun": "Niemand",
        "sre-rotation": "Das Reliability-Team, außer es verteilt sich über Regionen",
        "you-build-it-you-run-it": "Die On-Call-Person des entwickelnden Teams",
      },
    },
    knowledge: {
      dimension: "Wissen über das ausgefallene System",
      cells: {
        "follow-the-sun": "Je nach Region verschieden; geht bei Übergaben verloren",
        "sre-rotation": "Tief im Betrieb, flach im Code der einzelnen Services",
        "you-build-it-you-run-it": "Am tiefsten: Sie haben es geschrieben",
      },
    },
    "staffing-cost": {
      dimension: "Personalkosten",
      cells: {
        "follow-the-sun": "Leute in jeder Region",
        "sre-rotation": "Ein Team aus Spezialisten",
        "you-build-it-you-run-it": "Rufbereitschaftszulagen und Entwicklerzeit",
      },
    },
  },
  facts: {},
  commonRisks: [
    "Egal welches Modell: Alerts, die keine Handlung verlangen, zermürben die Leute, und sie auszumisten gehört zur Entscheidung.",
  ],
  withoutDecision:
    "Solange nichts entschieden ist, gehen Alarme an die Person, die zuletzt reagiert hat: Dieselben zwei, drei Leute tragen jede Nacht, Incidents dauern länger als nötig, und genau diese Leute gehen als Erste.",
  smallTeamNote:
    "eine formale Rotation lässt sich kaum besetzen. Legt fest, welche Alerts bis zum Morgen warten können, alarmiert für den Rest abwechselnd eine Person, und gleicht die Nächte mit Geld oder freier Zeit aus.",
};
