import type { FrameworkTranslation } from "@/lib/scoring";

/** The model lifecycle framework in German; ids and numbers stay in ../ml-lifecycle.ts. */
export const mlLifecycleDe: FrameworkTranslation = {
  name: "Workflow für den Modell-Lebenszyklus",
  question: "Wie sollen unsere Modelle vom Notebook in die Produktion kommen und wieder zurück?",
  summary:
    "Sobald mehr als eine Person Modelle ausliefert, braucht das Team einen vereinbarten Weg vom Experiment zur Live-API oder zum Batch-Job und zurück, wenn etwas schiefgeht. Dieser Weg bestimmt, wie Versionen, Tests, Monitoring und Rollbacks funktionieren, und er lässt sich später nur teuer ändern. Keiner passt für jedes Team: Es kommt darauf an, wie groß das Team ist, wie viel Risiko es tragen kann und welche Tools es schon betreibt. Die meisten Teams landen bei einer Mischung; die drei reinen Formen hier machen die Abwägungen gut sichtbar.",
  criteria: {
    governance: {
      name: "Governance- und Audit-Anforderungen",
      anchors: {
        1: "Niemand außerhalb des Teams prüft, wie Modelle in die Produktion kommen; ein kurzes informelles Review reicht völlig.",
        3: "Manche Releases brauchen ein dokumentiertes Review, aber keine Aufsichtsbehörde prüft den Prozess.",
        5: "Wir arbeiten unter Regulierung (Banken, Gesundheit, Versicherungen): Aufgaben sind getrennt, jeder Go-live braucht eine unterschriebene Freigabe, und jede Vorhersage muss sich auf den Trainingslauf und die Datenversion dahinter zurückführen lassen.",
      },
      help: "Denk daran, was Auditoren, Aufsichtsbehörden oder ein Risikoteam von euch belegt sehen wollen, nicht daran, wie sorgfältig ihr gern wärt.",
      label: "Governance",
      shortfall:
        "{option} bietet bei Audit und Freigaben nur {profile} von 5, während das Team {team} braucht",
    },
    speed: {
      name: "Iterationstempo",
      anchors: {
        1: "Modelle werden einmal im Quartal oder einmal im Jahr neu trainiert.",
        3: "Modelle werden alle paar Wochen aufgefrischt, und ab und zu testen wir neue Ideen.",
        5: "Modelle werden täglich neu trainiert, neue Features laufen ständig in A/B-Tests, und eine Änderung kann binnen Stunden live gehen.",
      },
      help: "Wie oft müssen sich eure Modelle wirklich ändern, wenn sie einmal live sind? Richte dich danach, was der Fachbereich heute verlangt.",
      label: "Iterationstempo",
      shortfall:
        "{option} erreicht ein Iterationstempo von {profile} von 5, weniger als die {team}, die das Team braucht",
    },
    skills: {
      name: "Teamstruktur und Kompetenzen",
      anchors: {
        1: "Spezialisten sitzen in getrennten Gruppen: Data Scientists überlassen Produktionscode anderen, und es gibt keine Platform Engineers.",
        3: "Ein cross-funktionales Team, in dem Data Scientists Produktionscode selbst ausliefern, ohne Plattform-Team.",
        5: "Ein cross-funktionales Team mit eigenen Platform- oder DevOps-Engineers im Rücken.",
      },
      help: "Beschreib die Leute, die ihr jetzt habt, nicht das Team, das ihr einstellen wollt.",
      label: "Teamkompetenz",
      shortfall:
        "{option} braucht Engineering-Kompetenz auf Stufe {profile} von 5, und das Team hat sich selbst {team} gegeben",
    },
    cost: {
      name: "Betriebskosten und Infrastrukturkapazität",
      anchors: {
        1: "Ein minimales Budget: Ein Ablageort, über den Modelldateien weitergegeben werden, ist die ganze Infrastruktur.",
        3: "Es gibt etwas gemeinsame Build- und Serving-Infrastruktur, aber niemand hat feste Zeit, sich darum zu kümmern.",
        5: "Wir können ein CI/CD-System (etwa Jenkins oder GitLab CI), eine Artefakt-Registry, Model Serving und automatisierte Testsuiten bezahlen und gesund halten, einschließlich der Arbeitszeit der Leute, die sie pflegen.",
      },
      help: "Zähl das Geld mit und auch die Stunden, die jemand in die Pflege der Tools stecken kann.",
      label: "Infrastrukturkapazität",
      shortfall:
        "{option} braucht eine Infrastrukturkapazität von {profile} von 5, mehr als die {team}, die das Team finanzieren und betreiben kann",
    },
  },
  options: {
    "linear-handoff": {
      name: "Lineare Übergabe",
      summary:
        "Die Arbeit durchläuft feste Phasen (Forschung, Entwicklung, Test, Produktion), jede betreut von einem eigenen Team; Modelldatei, Container-Image, Konfiguration und Dokumentation werden an jedem Gate übergeben.",
      habitat: "Stark regulierte Branchen.",
      strengths: [
        "Jede Übergabe ist zugleich ein Kontrollpunkt, der Audit-Trail entsteht also nebenbei.",
      ],
      weaknesses: [
        "Jedes Warten auf das nächste Team verlängert eine Änderung um Tage oder Wochen.",
        "Data Scientists verlieren aus dem Blick, wie sich ihre Modelle in der Produktion verhalten.",
        "Engineers bekommen Modelle ohne den Hintergrund, den sie zum Debuggen brauchen.",
      ],
      implementation: {
        pilot:
          "Erprobt den Workflow an einem Modell, das wichtig ist, dem Geschäft aber nicht schadet, wenn es ausfällt. Legt für zwei bis vier Wochen ein einziges Artefaktformat und eine Checkliste fest, die jede Übergabe bestehen muss, und notiert jede Stelle, an der die Arbeit stockte oder Informationen fehlten.",
        roles:
          "Gebt jedem Stage-Gate eine namentlich verantwortliche Person, nutzt durchgehend eine einzige Übergabevorlage und richtet von Anfang an Drift-Monitoring mit Alerts ein.",
        scaling:
          "Nehmt weitere Modelle einzeln dazu, jedes als eigenes kleines Projekt, und automatisiert die Übergabeschritte, die immer wieder Verzögerungen verursachen, etwa das Packaging.",
        review:
          "Schaut euch den Workflow jedes Quartal neu an und passt ihn an; er soll mit dem Team mitwachsen.",
        owners: [
          "Stage-Gate-Verantwortung",
          "Verantwortung für die Übergabevorlage",
          "Monitoring-Verantwortung",
        ],
      },
      risks: [
        "Bei jeder Übergabe geht Kontext verloren, deshalb dauert die Diagnose von Produktionsproblemen länger.",
        "Monitoring kommt meist spät dazu, wenn es nicht jemand vom ersten Tag an einplant.",
      ],
    },
    "iterative-loop": {
      name: "Iterative Feedback-Schleife",
      summary:
        "Ein kleines cross-funktionales Team verantwortet jedes Modell von Anfang bis Ende und durchläuft immer wieder Training, Deployment, Monitoring und Retraining, oft mit gemeinsamen Notebooks und leichten Tools wie MLflow oder Kubeflow Pipelines.",
      habitat: "Kleine cross-funktionale Teams.",
      strengths: [
        "Änderungen und Fixes kommen schnell in die Produktion.",
        "Wer ein Modell baut, verantwortet es auch; die Zuständigkeit ist also klar.",
      ],
      weaknesses: [
        "Alle tragen mehrere Hüte.",
        "Die Governance ist leicht, formale Übergaben sind selten.",
        "Dokumentation und Tests fallen unter Druck als Erstes weg.",
        "Arbeit in Notebooks ist schwer zu reproduzieren.",
      ],
      implementation: {
        pilot:
          "Erprobt den Workflow an einem Modell, das wichtig ist, dem Geschäft aber nicht schadet, wenn es ausfällt. Arbeitet zwei bis vier Wochen in einer gemeinsamen Entwicklungsumgebung mit einem einfachen Deployment-Skript und notiert jede Stelle, an der die Arbeit stockte oder Informationen fehlten.",
        roles:
          "Benennt für jedes Modell eine Person, die es vorantreibt, und eine, die in der Produktion Rufbereitschaft dafür hat, und richtet von Anfang an Drift-Monitoring mit Alerts ein.",
        scaling:
          "Nehmt weitere Modelle einzeln dazu, jedes als eigenes kleines Projekt, und automatisiert die Schritte, die immer wieder Verzögerungen verursachen, etwa das Packaging.",
        review:
          "Schaut euch den Workflow jedes Quartal neu an und passt ihn an; er soll mit dem Team mitwachsen.",
        owners: ["Modellverantwortung", "Rufbereitschaft", "Monitoring-Verantwortung"],
      },
      risks: [
        "Ein Auditor verlangt vielleicht eine unterschriebene Freigabekette pro Deployment, die es nicht gibt, und nachträglich eingeführte Freigaben bremsen alles aus.",
        "Unklare Rollen zermürben die Leute: Data Scientists werden bei Incidents alarmiert, während Engineers in die Forschung hineingezogen werden.",
        "Nach Monaten schneller Iteration weiß niemand mehr, welcher Trainingslauf das Modell in Produktion erzeugt hat, und die Arbeit steht still, bis alles nachträglich getaggt ist.",
      ],
    },
    "continuous-delivery": {
      name: "Continuous-Delivery-Pipeline",
      summary:
        "Modelländerungen werden wie Codeänderungen behandelt: Jeder Commit löst automatisierte Tests, Builds und Deployments aus, Modelle werden zusammen mit Code und Daten versioniert, Releases gehen als Canary- oder Blue-Green-Deployments raus, und nur der Schritt in die Produktion wartet auf die Freigabe durch einen Menschen.",
      habitat: "Organisationen, die für ihre Software schon CI/CD betreiben.",
      strengths: [
        "Steht sie einmal, ist sie reproduzierbar, auditierbar und schnell.",
        "Jedes Modell lässt sich auf seinen Code und seine Daten zurückführen.",
      ],
      weaknesses: [
        "Sie braucht wochenlange Investitionen, bevor sie sich auszahlt.",
        "Sie braucht Platform Engineers, die sie am Laufen halten.",
        "Sie setzt voraus, dass sich Modellqualität offline testen lässt, was probabilistische Systeme nicht immer zulassen.",
      ],
      implementation: {
        pilot:
          "Erprobt den Workflow an einem Modell, das wichtig ist, dem Geschäft aber nicht schadet, wenn es ausfällt. Betreibt zwei bis vier Wochen eine einfache CI/CD-Pipeline mit einem Trainings- und einem Deployment-Schritt und notiert jede Stelle, an der die Arbeit stockte oder Informationen fehlten.",
        roles:
          "Bestimmt eine Person, die die Pipeline verantwortet, die CI/CD-Skripte pflegt und sich um fehlgeschlagene Läufe kümmert, und richtet von Anfang an Drift-Monitoring mit Alerts ein.",
        scaling:
          "Nehmt weitere Modelle einzeln dazu, jedes als eigenes kleines Projekt, und automatisiert die Schritte, die immer wieder Verzögerungen verursachen, etwa das Packaging.",
        review:
          "Schaut euch den Workflow jedes Quartal neu an und passt ihn an; er soll mit dem Team mitwachsen.",
        owners: ["Pipeline-Verantwortung", "Monitoring-Verantwortung"],
      },
      risks: [
        "Eine Pipeline, die niemand pflegt, verrottet: Tests brechen, Abhängigkeiten veralten und Deployments scheitern unbemerkt, bis alle wieder von Hand arbeiten.",
        "Der Aufbau vorab kann ins Stocken geraten, bevor das erste Modell davon profitiert.",
        "Offline-Tests können grün sein, während sich das Modell auf Live-Daten trotzdem falsch verhält.",
      ],
    },
  },
  tradeOffs: {
    "governance-strength": {
      dimension: "Stärke der Governance",
      cells: {
        "linear-handoff": "Hoch: Jedes Stage-Gate ist ein Kontrollpunkt",
        "iterative-loop": "Niedrig bis mittel: Die Verantwortung ist geteilt",
        "continuous-delivery": "Mittel: automatisiert, aber nur so gut wie die Disziplin des Teams",
      },
    },
    "iteration-speed": {
      dimension: "Iterationstempo",
      cells: {
        "linear-handoff": "Niedrig: Warten bei jeder Übergabe",
        "iterative-loop": "Hoch: kurze Zyklen",
        "continuous-delivery": "Hoch, sobald die Pipeline steht",
      },
    },
    "skill-requirements": {
      dimension: "Anforderungen an das Team",
      cells: {
        "linear-handoff": "Spezialisierte Rollen",
        "iterative-loop": "Cross-funktionale Leute",
        "continuous-delivery": "Platform Engineering",
      },
    },
    "infrastructure-cost": {
      dimension: "Infrastrukturkosten",
      cells: {
        "linear-handoff": "Niedrig",
        "iterative-loop": "Niedrig bis mittel",
        "continuous-delivery": "Hoch",
      },
    },
    reproducibility: {
      dimension: "Reproduzierbarkeit",
      cells: {
        "linear-handoff": "Mittel: nur so gut wie die Dokumentation",
        "iterative-loop": "Niedrig: Notebooks driften auseinander",
        "continuous-delivery": "Hoch: Alles ist nachvollziehbar",
      },
    },
    "production-risk": {
      dimension: "Risiko von Produktionsproblemen",
      cells: {
        "linear-handoff": "Mittel: Zwischen den Teams geht Kontext verloren",
        "iterative-loop": "Niedrig bis mittel: Fixes kommen schnell",
        "continuous-delivery": "Niedrig: Automatisierte Tests fangen Regressionen ab",
      },
    },
  },
  facts: {
    "switching-later": {
      question: "Können wir später auf einen anderen Workflow wechseln?",
      answer:
        "Ja, aber es ist teuer: Leute müssen umlernen, Rollen ändern sich, oder Infrastruktur muss von Grund auf neu entstehen. Wechselt nur, wenn der aktuelle Workflow immer wieder systematisch scheitert.",
    },
    "workflow-before-platform": {
      question: "Sollten wir zuerst die Tools auswählen?",
      answer:
        "Entscheidet zuerst über den Workflow und wählt dann eine Plattform, die ihn unterstützt; eine Plattform, die für ein anderes Muster gebaut ist, arbeitet ständig gegen das Team.",
    },
    "rare-retraining": {
      question: "Unsere Modelle ändern sich nur ein paarmal im Jahr. Brauchen wir eine Pipeline?",
      answer:
        "Wenn Modelle nur vierteljährlich oder jährlich neu trainiert werden, reicht eine gut dokumentierte Übergabe; eine vollständige Delivery-Pipeline wäre mehr Maschinerie, als die Arbeit braucht.",
    },
    monitoring: {
      question: "Wo gehört das Monitoring hin?",
      answer:
        "Plant das Monitoring vom ersten Tag an ein: In einem Übergabe-Workflow fühlt sich sonst leicht niemand dafür zuständig, während in einer schnellen Schleife die Leute, die ein Modell bauen, es auch selbst beobachten.",
    },
    foundations: {
      question: "Löst der richtige Workflow unsere Probleme?",
      answer:
        "Nicht allein: Ohne solide Datenqualität, Versionsverwaltung und Monitoring hilft kein Workflow.",
    },
  },
  commonRisks: [
    "Wer einen Workflow ohne Pilot für alle Modelle gleichzeitig einführt, entdeckt falsche Annahmen erst, wenn sie teuer geworden sind.",
    "Kein Workflow gleicht fehlende Grundlagen aus: Ohne solide Datenqualität, Versionsverwaltung und Monitoring kehren dieselben Probleme zurück, egal welchen Weg die Modelle nehmen.",
  ],
  withoutDecision:
    "Solange nichts entschieden ist, kommt jedes Modell auf seine eigene Weise in die Produktion: Niemand verantwortet die Übergaben oder das Monitoring, Probleme fallen spät auf, und die Freigabekette, nach der ein Auditor fragt, gibt es nicht.",
  smallTeamNote:
    "ein formaler Workflow ist mehr, als ihr braucht. Eine Checkliste plus Versionsverwaltung genügt, oder ein gemeinsames Notebook und ein Deployment-Skript, wenn ihr eine leichte Schleife wollt; mehr Struktur kommt dazu, wenn das Team wächst.",
};
