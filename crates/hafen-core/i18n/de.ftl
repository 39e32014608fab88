# Hafens deutsche Texte. Schlüssel und Variablen wie in en.ftl (ein Test prüft das).
# Fachbegriffe bleiben so, wie die Systeme sie schreiben: Pod, Deployment, NotReady,
# CrashLoopBackOff, restart: unless-stopped, node-monitor-grace-period.

## Ursachen im Ereignisprotokoll

cause-exit-crashed = ist abgestürzt
cause-exit-broken-release = ist abgestürzt (fehlerhaftes Release)
cause-exit-killed-after-grace = wurde nach Ablauf der Grace Period beendet
cause-exit-killed-by-startup-probe = wurde von der Startup-Probe beendet
cause-exit-killed-by-liveness-while-starting = wurde von der Liveness-Probe beendet, bevor der Start abgeschlossen war

cause-task-exited = { $rep } { $how }
cause-task-unhealthy-while-starting = { $rep } ist beim Start unhealthy
cause-task-unhealthy = { $rep } ist unhealthy
cause-task-lost-with-node = { $rep } ging mit { $node } verloren

cause-created-replicaset-short = das ReplicaSet von { $service } hat { $have } von { $desired } Pods: { $rep } angelegt
cause-created-rolling-update = Rolling Update von { $service } auf { $version } (maxSurge { $surge }): { $rep } angelegt
cause-created-statefulset-recreates = das StatefulSet legt { $rep } neu an
cause-created-statefulset-recreates-detached = das StatefulSet legt { $rep } neu an; sein ReadWriteOnce-Volume wird nach { $detach } zwangsweise vom ausgefallenen Knoten getrennt (maxWaitForUnmountDuration)
cause-created-swarm-task = Swarm legt Task { $rep } an
cause-created-swarm-task-for-replicas = Swarm legt Task { $rep } an (replicas: { $desired })
cause-created-swarm-update = das Service-Update ersetzt { $old }: Task { $rep } mit { $version }
cause-created-compose-starts = Compose startet { $rep }

cause-deleted-deployment-scaled-down = auf { $desired } Replikate herunterskaliert
cause-deleted-rolling-update-old = alter Pod vom Rolling Update auf { $version } herunterskaliert (maxUnavailable { $unavailable })
cause-deleted-statefulset-scaled-down = StatefulSet auf { $desired } herunterskaliert
cause-deleted-statefulset-update = Rolling Update des StatefulSets auf { $version }: ein Pod nach dem anderen ersetzt, höchste Ordinalzahl zuerst
cause-deleted-swarm-scaled-down = Service auf { $desired } herunterskaliert
cause-deleted-swarm-update-stop-first = Service-Update auf { $version }: zuerst gestoppt (--update-order stop-first, parallelism 1)
cause-deleted-operator-rollback = vom Admin gelöscht, damit das StatefulSet ihn mit der vorherigen Version neu anlegt
cause-deleted-compose-scaled-down = herunterskaliert

cause-unschedulable = Pending: Kein bereiter Knoten hat { $cpu } m CPU und { $memory } MiB Speicher frei
cause-unschedulable-pinned = (fest an { $node } gebunden)
cause-unschedulable-gpu = und eine GPU
cause-unschedulable-ready = ; { $ready } von { $nodes } Knoten bereit

cause-ignored-kill-no-such-node = { $node } ausschalten: kein solcher laufender Knoten
cause-ignored-kill-no-node-running = den Knoten mit { $service } ausschalten: kein solcher laufender Knoten
cause-ignored-restore-no-such-node = { $node } wiederherstellen: kein solcher Knoten
cause-ignored-crash-nothing-running = { $service } abstürzen lassen: Kein Replikat von { $service } läuft
cause-ignored-hang-nothing-running = { $service } hängen lassen: Kein Replikat von { $service } läuft
cause-ignored-already-down = { $node } ist bereits ausgefallen
cause-ignored-already-up = { $node } läuft bereits

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready-Pods) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } Pods) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } Pods, { $unready } nicht Ready, als 0 % gezählt) = { $n }
cause-hpa-then = { $first }; { $then }
cause-hpa-held-highest = auf { $n } angehoben, die höchste Empfehlung der letzten { $window } (kein behavior gesetzt: Das Stabilisierungsfenster fürs Herunterskalieren hält jeden Schritt)
cause-hpa-held-lowest = auf { $n } gehalten, die niedrigste Empfehlung des Stabilisierungsfensters fürs Hochskalieren von { $window } (behavior)
cause-hpa-limit-legacy = begrenzt auf max(2 × { $current }, 4) = { $limit } (kein behavior gesetzt)
cause-hpa-limit-policies = begrenzt auf max({ $start } + { $pods }, { $start } + { $pct } %) = { $limit } pro { $per } (Scale-up-Policies von behavior)

cause-release-new = Release { $version } von { $service }: `{ $command }`
cause-release-rollback = Rollback von { $service } auf { $version }: `{ $command }`
cause-release-config = Konfigurationsänderung von { $service }: `{ $command }`
cause-strategy-compose = stoppt die alten Container und startet dann neue: Dazwischen antwortet kein Replikat
cause-strategy-swarm = Rolling Update, ein Task nach dem anderen, stop-first, der nächste, sobald der neue Task läuft; schlägt ein neuer Task innerhalb des Überwachungsfensters (--update-monitor) fehl, pausiert es
cause-strategy-rolling = Rolling Update: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), neue Pods bekommen erst Traffic, wenn sie Ready sind
cause-strategy-statefulset = Rolling Update des StatefulSets, ein Pod nach dem anderen ab der höchsten Ordinalzahl

cause-trace-cut = Protokoll nach { $max } Einträgen gekürzt; Ausfallzeit und Anfragezahlen gelten weiter für den ganzen Lauf
cause-run-stopped = Lauf um { $at } nach { $events } Engine-Ereignissen angehalten: Szenario oder Fehlerschleife kürzen
cause-service-down = { $service } ausgefallen: Kein Replikat kann antworten
cause-service-down-via = { $service } ausgefallen: Seine Abhängigkeit { $dependency } ist ausgefallen
cause-service-up = { $service } antwortet wieder ({ $answering ->
        [one] ein Replikat antwortet
       *[other] { $answering } Replikate antworten
    })
cause-scheduled = { $created }; { $rep } auf { $node }
cause-scheduled-spread = { $created }; { $rep } auf { $node } (verteilt, meiste freie Ressourcen)
cause-scheduled-now-fits = { $rep }: auf { $node } eingeplant, jetzt ist dort Platz
cause-pending = { $rep } { $unschedulable }
cause-pending-created = { $created }; { $rep } { $unschedulable }
cause-zone-down = { $zone } fällt aus: { $nodes ->
        [one] ein Knoten
       *[other] { $nodes } Knoten
    }
cause-zone-up = { $zone } ist zurück: { $nodes ->
        [one] ein Knoten
       *[other] { $nodes } Knoten
    }
cause-crash = { $rep }: Der Prozess beendet sich (Absturz)
cause-traffic = Traffic auf { $entry } ändert sich von { $from } auf { $to } Anfragen/s
cause-container-started = { $rep }: Container gestartet ({ $version }); die Anwendung braucht { $startup } zum Starten
cause-broken-release = { $rep }: Release { $version } ist fehlerhaft und beendet sich direkt nach dem Start
cause-app-answers = { $rep }: Die Anwendung beantwortet Anfragen
cause-app-up-waiting-readiness = { $rep }: Die Anwendung antwortet, die nächste Readiness-Probe steht noch aus
cause-app-up-waiting-healthcheck = { $rep }: Die Anwendung antwortet, der nächste Healthcheck steht noch aus
cause-startup-passed-ready = { $rep }: Startup-Probe bestanden; Ready, in den Endpunkten des Service
cause-readiness-passed = { $rep }: Readiness-Probe bestanden; Ready, in den Endpunkten des Service (Probe alle { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: Healthcheck bestanden; der Task läuft und ist im Routing Mesh (HEALTHCHECK alle { $period })
cause-hang = { $rep }: Die Anwendung antwortet nicht mehr; ihr Prozess läuft weiter, daher wirkt sie noch lebendig
cause-kubelet-restarts-at-once = { $rep }: Container { $how }; der Pod ist nicht Ready und verlässt die Endpunkte des Service; das Kubelet startet ihn sofort neu (der erste Neustart hat kein Back-off)
cause-crash-loop-back-off = { $rep }: Container { $how }, schon wieder; CrashLoopBackOff: Neustart in { $delay } (das Back-off des Kubelets beginnt bei { $initial }, verdoppelt sich, höchstens { $max })
cause-startup-probe-failed = { $rep }: Startup-Probe { $threshold }-mal fehlgeschlagen (alle { $period }): Die Anwendung braucht { $startup }, länger als die Startup-Probe erlaubt (failureThreshold × periodSeconds = { $allowed }); das Kubelet beendet sie und startet sie neu
cause-liveness-failed-while-starting = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Probe alle { $period } ab dem Start des Containers, initialDelaySeconds { $delay_seconds }): Das Kubelet beendet sie und startet sie neu, sodass sie nie hochkommt. Eine startupProbe oder ein initialDelaySeconds, das länger ist als ihr Start, würde sie starten lassen
cause-liveness-failed-while-starting-delayed = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Probe alle { $period } ab { $delay } nach dem Start, initialDelaySeconds { $delay_seconds }): Das Kubelet beendet sie und startet sie neu, sodass sie nie hochkommt. Eine startupProbe oder ein initialDelaySeconds, das länger ist als ihr Start, würde sie starten lassen
cause-readiness-failed = { $rep }: Readiness-Probe { $threshold }-mal fehlgeschlagen (alle { $period }, Timeout { $timeout }); NotReady, nicht mehr in den Endpunkten des Service
cause-liveness-failed = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen (alle { $period }); das Kubelet beendet den Container: Der hängende Prozess ignoriert SIGTERM und wird nach terminationGracePeriodSeconds ({ $grace }) hart beendet
cause-no-restart-policy = { $rep }: Container { $how }; restart: { $policy } (Dockers Standard), also startet ihn niemand neu, bis ein Admin eingreift (Reaktionszeit { $reaction })
cause-docker-restarts = { $rep }: Container { $how }; restart: { $policy } startet ihn nach { $delay } neu (Dockers Neustartverzögerung beginnt bei { $initial }, verdoppelt sich, höchstens { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Prüfung alle { $interval }, Startphase { $start_period }): unhealthy; Swarm beendet den Task und startet einen neuen, der genauso langsam startet. Eine HEALTHCHECK-Startphase, die länger ist als ihr Start, würde sie starten lassen
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Prüfung alle { $interval }, Startphase { $start_period }): unhealthy; Docker und Compose starten einen unhealthy Container nie neu, also startet er weiter und antwortet, sobald er läuft
cause-unhealthy-swarm = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen (Intervall { $interval }, Timeout { $timeout }): unhealthy; Swarm beendet den Task und ersetzt ihn
cause-unhealthy-compose = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen (Intervall { $interval }, Timeout { $timeout }): unhealthy; Docker und Compose starten einen unhealthy Container nie neu, also bekommt er weiter Anfragen, bis ein Admin eingreift
cause-update-paused = { $service }: { $task }, ein Task des Updates, ist { $ran } nach Erreichen von RUNNING fehlgeschlagen, innerhalb des Überwachungsfensters von { $monitor } (--update-monitor); das Update pausiert (--update-failure-action pause) mit { $updated } von { $slots } aktualisierten Tasks
cause-update-paused-never-ran = { $service }: { $task }, ein Task des Updates, ist fehlgeschlagen, bevor er RUNNING erreichte; das Update pausiert (--update-failure-action pause) mit { $updated } von { $slots } aktualisierten Tasks
cause-task-failed = { $failure }; Swarm startet nach { $delay } einen neuen Task für den Slot (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; kein Manager-Quorum, also ersetzt ihn nichts
cause-host-down = { $node } fällt aus: { $containers ->
        [one] Sein Container bleibt
       *[other] Alle { $containers } Container bleiben
    } ausgefallen, bis der Host wieder läuft; Restart-Policies greifen nicht, solange er aus ist; ein Admin greift nach { $reaction } ein
cause-swarm-node-down = { $node } fällt aus: { $tasks ->
        [one] Sein Task antwortet
       *[other] Seine { $tasks } Tasks antworten
    } nicht mehr, aber das Routing Mesh schickt weiter Anfragen dorthin, bis die Gossip-Schicht den Knoten für tot erklärt (Sekunden), und die Manager planen erst nach { $grace } verpassten Heartbeats neu ein
cause-kube-node-down = { $node } fällt aus: { $pods ->
        [one] Sein Pod antwortet
       *[other] Seine { $pods } Pods antworten
    } nicht mehr, aber die Control Plane leitet weiter Anfragen dorthin, bis sie merkt, dass er schweigt
cause-swarm-node-noticed = { $node } ausgefallen: seit { $silent } kein Heartbeat ({ $missed } verpasste Heartbeats zu je { $heartbeat }); seine Tasks verlassen das Routing Mesh
cause-node-not-ready = { $node } NotReady: seit { $silent } kein Status; der Node-Controller (prüft alle { $period }) hat den letzten vor { $seen } gesehen, länger als node-monitor-grace-period { $grace } (Kubernetes { $version }); seine Pods verlassen die Endpunkte des Service; Taint node.kubernetes.io/unreachable gesetzt, Eviction nach { $toleration } (tolerationSeconds)
cause-host-back = { $node } ist zurück; der Docker-Daemon startet jeden Container neu (Restart-Policies)
cause-host-back-some-unrestarted = { $node } ist zurück; der Daemon startet die Container mit Restart-Policy neu, und der Admin führt für den Rest `docker compose up -d` aus
cause-host-back-by-operator = der Admin holt { $node } nach { $reaction } zurück; der Docker-Daemon startet jeden Container neu (Restart-Policies)
cause-host-back-by-operator-some-unrestarted = der Admin holt { $node } nach { $reaction } zurück; der Daemon startet die Container mit Restart-Policy neu, und der Admin führt für den Rest `docker compose up -d` aus
cause-kubelet-back = { $node } ist zurück: Das Kubelet startet und meldet seinen Status
cause-swarm-node-back = { $node } ist zurück; er sendet wieder Heartbeats
cause-swarm-node-back-by-operator = der Admin holt { $node } nach { $reaction } zurück: Ein zustandsbehafteter Service ist per Platzierungsregel an ihn gebunden und kann nirgends sonst laufen; er sendet wieder Heartbeats
cause-data-left-behind = { $rep } läuft auf { $node } mit einem neuen, leeren lokalen Volume: Seine Daten sind auf { $data_node } geblieben (der Scheduler von Swarm weiß nicht, wo die Daten eines lokalen Volumes liegen; nur eine Platzierungsregel hält einen Task bei ihnen)
cause-data-left-behind-old-volume = { $rep } läuft auf { $node } mit dem lokalen Volume, das ein früherer Task dort hinterlassen hat, nicht mit seinem eigenen: Seine Daten sind auf { $data_node } geblieben (der Scheduler von Swarm weiß nicht, wo die Daten eines lokalen Volumes liegen; nur eine Platzierungsregel hält einen Task bei ihnen)
cause-pod-removed-confirmed = { $rep }: { $node } bestätigt, dass der Pod gestoppt ist; er wird entfernt
cause-old-task-shut-down = { $rep }: Sein Slot läuft schon anderswo; der alte Task wird beendet
cause-node-ready-again-untainted = { $node } wieder Ready; Taint entfernt
cause-node-ready-again = { $node } wieder bereit
cause-pod-evicted-stateful = { $rep } nach { $toleration } auf dem unerreichbaren { $node } gelöscht (tolerationSeconds), bleibt aber Terminating: Ein StatefulSet ersetzt einen Pod erst, wenn sein Knoten bestätigt, dass er gestoppt ist, oder jemand ihn zwangsweise löscht
cause-pod-evicted = Eviction von { $rep }: { $node } ist seit { $toleration } unerreichbar (tolerationSeconds); der Pod bleibt auf dem toten Knoten Terminating, das ReplicaSet ersetzt ihn
cause-mesh-removed = { $node } von der Gossip-Schicht für tot erklärt (memberlist: eine Probe alle { $probe_interval }, Suspicion-Timeout { $suspicion_mult } × max(1, log10 Knoten) Probe-Intervalle): Das Routing Mesh schickt keine Anfragen mehr an { $tasks ->
        [one] seinen Task
       *[other] seine { $tasks } Tasks
    }; die Manager planen erst neu ein, wenn seine Heartbeats überfällig sind
cause-swarm-quorum-back = der Swarm hat wieder eine Mehrheit der Manager ({ $up } von { $managers }); der Orchestrator holt auf
cause-swarm-quorum-lost = der Swarm hat sein Manager-Quorum verloren: { $up } von { $managers } Managern laufen, { $needed } nötig; kein Task wird neu eingeplant oder neu gestartet, bis wieder eine Mehrheit da ist (laufende Tasks laufen weiter)
cause-etcd-quorum-lost = etcd hat sein Quorum verloren: { $up } von { $members } Control-Plane-Knoten laufen, { $needed } nötig; der API-Server antwortet nicht mehr: Kein Knoten wird NotReady, es gibt keine Eviction, nichts wird eingeplant oder skaliert, bis wieder eine Mehrheit da ist; laufende Pods laufen weiter, und Kubelets starten abgestürzte Container weiterhin neu
cause-etcd-quorum-back = etcd hat wieder eine Mehrheit ({ $up } von { $members }); die Controller holen auf
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: Seine Entfernung aus den Endpunkten des Service hat kube-proxy erreicht ({ $propagation } nach dem Löschen); Anfragen, die in der Zwischenzeit an ihn gingen, schlugen fehl, weil er bei SIGTERM stoppte (keine preStop-Pause überbrückt die Verzögerung)
cause-rollout-complete-pods = { $service }: Rollout auf { $version } abgeschlossen ({ $pods } von { $pods } Pods Ready)
cause-rollout-complete = { $service }: Rollout auf { $version } abgeschlossen
cause-swarm-update-complete = { $service }: Service-Update auf { $version } abgeschlossen
cause-rollout-stalled = { $service }: Der Rollout kam { $deadline } lang nicht voran (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes rollt nicht von selbst zurück
cause-volume-attached = { $rep }: Volume zwangsweise vom toten Knoten getrennt und hier eingebunden
cause-operator-force-deletes = der Admin löscht { $rep } nach { $reaction } zwangsweise (`{ $command }`; Reaktionszeit des Admins)
cause-operator-rolls-back-compose = der Admin bemerkt das fehlerhafte Release nach { $reaction }, setzt das vorherige Image-Tag wieder und führt `{ $command }` aus (zurück auf { $previous })
cause-operator-rolls-back = der Admin bemerkt das fehlerhafte Release nach { $reaction } und führt `{ $command }` aus (zurück auf { $previous })
cause-operator-restarts = der Admin bemerkt es nach { $reaction } und führt `{ $command }` aus
cause-operator-restarts-hung = der Admin bemerkt es nach { $reaction } und führt `{ $command }` aus; der hängende Prozess ignoriert SIGTERM und wird nach { $grace } hart beendet
cause-compose-config-change = Konfigurationsänderung: .env bearbeiten, `docker compose up -d`: Alle Services werden gleichzeitig neu erstellt
cause-volume-expanded = { $service }: PersistentVolumeClaim im laufenden Betrieb auf { $gib } GiB vergrößert (StorageClass mit allowVolumeExpansion); kein Neustart
cause-volume-resized-by-hand = { $service }: Volume von Hand auf { $gib } GiB vergrößert: sichern, stoppen, vergrößern, neu starten, wiederherstellen (angenommen: { $took }; kein Standardwert der Plattform)
cause-volume-restored = { $service }: Volume vergrößert und Daten wiederhergestellt; startet wieder
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` schlägt fehl: Replikate können sich keinen veröffentlichten Host-Port teilen; zuerst braucht es einen Reverse Proxy
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; der Autoscaler kann das bei seinem nächsten Abgleich wieder ändern
cause-autoscale = der HorizontalPodAutoscaler skaliert { $service } von { $from } auf { $to }: CPU { $cpu } % der Requests über { $ready } Ready-Pods beim letzten Abruf von metrics-server (alle { $scrape }) gegenüber dem Ziel { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-down = { $autoscale }; die höchste Empfehlung des Stabilisierungsfensters von { $window }
cause-autoscale-bounds = { $autoscale }; seine Replikas lagen außerhalb von minReplicas { $min } bis maxReplicas { $max }: sofort auf die Grenze gesetzt

## Sprache wählen

lang-unreachable = { $language } konnte nicht geladen werden ({ $why }); die Seite bleibt, wie sie war.
lang-unreadable = { $language } konnte nicht gelesen werden ({ $why }); die Seite bleibt, wie sie war.
dismiss = Schließen

## Ereignisprotokoll

log-latest = { $platform } um { $at }: { $cause }
log-seek = die Diagramme zu diesem Zeitpunkt zeigen
log-summary = Was passiert ist ({ $past } von { $all } Ereignissen bisher)
log-summary-next = Was passiert ist ({ $past } von { $all } Ereignissen bisher); nächstes um { $next }
log-earlier = … { $count ->
        [one] ein früheres Ereignis
       *[other] { $count } frühere Ereignisse
    }
log-show-all = Alle { $count } Ereignisse zeigen

## Zustände der Replikate, wie die Plattformen sie anzeigen

state-running = Running
state-starting-not-ready = Starting (nicht Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, antwortet nicht
state-unhealthy = Running (unhealthy)
state-crash-loop-back-off = CrashLoopBackOff
state-restarting = Restarting
state-exited = Exited
state-unknown-node-lost = Unknown (Knoten verloren)
state-down-host-off = Down (Host aus)
state-terminating = Terminating
state-pending = Pending

## Palette und Reaktionszeiten

palette-frontend = Frontend
palette-backend = Backend / API
palette-worker = Worker
palette-postgres = PostgreSQL
palette-redis = Redis
palette-queue = Message Queue
palette-ingress = Ingress / Proxy
palette-gpu-worker = GPU-Worker
operator-on-call = Rufbereitschaft (15 min)
operator-office-hours = Bürozeiten (4 h)
operator-weekend = Wochenende (48 h)

## Diagramme

node-ready = Ready
node-host-down = Aus
node-down-unnoticed = aus, unbemerkt
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = aus; Swarm hat es noch nicht bemerkt
node-control-plane-unnoticed = aus; die Control Plane hat es noch nicht bemerkt
node-restore = { $node } wiederherstellen
node-kill = { $node } ausschalten
node-kill-running = Knoten mit { $service } ausschalten
spof-tag = SPOF
spof-title = Single Point of Failure: Ein Absturz, ein Hänger oder ein Knotenausfall hier legt { $entry } für die Nutzer lahm
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = alle { $count } Knoten Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = Nutzer: { $rps } Anfragen/s → { $entry }
diagram-nobody-answers = ✕ niemand antwortet
diagram-pending = Auf keinem Knoten (Pending):
diagram-aria = Diagramm { $platform }: { $nodes }
diagram-legend = Was die Zeichen bedeuten
palette = Palette
palette-add = + Hinzufügen
palette-summary = Services und Worker-Knoten: auf ein Diagramm ziehen oder anklicken
palette-item-title = Auf ein Diagramm ziehen oder anklicken, um { $item } hinzuzufügen
palette-node = Worker-Knoten
palette-node-title = Auf einen Cluster ziehen oder anklicken, um einen Worker-Knoten hinzuzufügen
palette-help = Ein Replikat auf einen Knoten ziehen, um es dort zu binden, einen Knoten aus seinem Cluster ziehen, um ihn zu entfernen. Zum Ändern ein Replikat, einen Service oder einen Knoten auswählen: Enter öffnet, Entf entfernt.

## Ziehen

drag-add-on = { $item } auf { $node } hinzufügen
drag-add = { $item } hinzufügen
drag-add-where = + { $item }: auf einem Diagramm ablegen
drag-node-to-swarm = einen Worker-Knoten zum Swarm hinzufügen
drag-node-to-kubernetes = einen Worker-Knoten zum Kubernetes-Cluster hinzufügen
drag-node-to-cluster = einen Worker-Knoten zum Cluster hinzufügen
drag-node-where = + Worker-Knoten: auf einem Cluster ablegen
drag-pin = { $service } an { $node } binden
drag-pin-where = { $service } an … binden: auf einem Knoten eines Clusters ablegen
drag-remove = { $node } entfernen
drag-remove-where = { $node } entfernen: außerhalb des Clusters ablegen

## Folgen und Verfügbarkeit

so-far = { $share } der ersten { $elapsed } verfügbar
so-far-down = { $share } der ersten { $elapsed } verfügbar (Ausfall { $down })
run-stopped-note = Lauf um { $at } von { $duration } angehalten: Er brauchte mehr als { $events } Engine-Ereignisse (viele Replikate, die lange abstürzen und neu starten, oder Neustartverzögerungen von 0 s). Alle Zahlen hier gelten nur für 00:00–{ $at }.
finding-stopped = bewusst gestoppt (0 Replikate): läuft nicht, und kein Service hängt davon ab
finding-stopped-dependents = bewusst gestoppt (0 Replikate): läuft nicht, daher kann { $dependents } nicht antworten
finding-stopped-failed = ; { $failed } Anfragen an ihn schlugen fehl
finding-down = { $duration } lang ausgefallen ({ $start } → { $end })
finding-down-not-back = ausgefallen seit { $start }, bis zum Ende des Laufs nicht zurück ({ $end })
finding-down-via = { $duration } lang ausgefallen ({ $start } → { $end }), weil { $dependency } ausgefallen war
finding-down-not-back-via = ausgefallen seit { $start }, bis zum Ende des Laufs nicht zurück ({ $end }), weil { $dependency } ausgefallen war
finding-down-operator = , bis ein Admin eingreift (Reaktionszeit { $reaction })
finding-down-unless-stopped = ; mit `restart: unless-stopped` hätte Docker ihn nach { $delay } neu gestartet, und er hätte { $startup } später geantwortet
finding-data-left-behind = um { $at } auf { $node } neu gestartet, mit einem leeren Volume: Seine Daten sind auf { $data_node } geblieben
finding-data-left-behind-old-volume = um { $at } auf { $node } neu gestartet, mit einem älteren Volume, das dort lag, nicht seinem eigenen: Seine Daten sind auf { $data_node } geblieben
finding-failed = { $failed } von { $total } Anfragen schlugen fehl ({ $answered } beantwortet)
finding-failed-no-downtime = kein Ausfall, aber { $failed } von { $total } Anfragen schlugen fehl ({ $answered } beantwortet)
finding-rollout-stalled = sein Rollout blieb stecken: Die neue Version wurde nie Ready (progressDeadlineSeconds), die alten Replikate antworteten weiter
finding-dead-endpoint = kein Ausfall, aber ein totes Replikat blieb { $time } lang im Load Balancer (so viel wie { $like_outage } Totalausfall)
finding-others-kept-serving = kein Ausfall und keine fehlgeschlagenen Anfragen: Die anderen Replikate antworteten weiter
finding-unaffected = nicht betroffen
finding-back-at = alle Replikate um { $at } zurück
finding-not-back = bis zum Ende des Laufs nicht wieder vollzählig
finding-still-failing = { $count ->
        [one] ein Replikat am Ende noch { $state }
       *[other] { $count } Replikate am Ende noch { $state }
    }
failed-overloaded-it = er
failed-overloaded = { $service } bekam { $time } lang mehr Anfragen, als seine Replikate beantworten konnten
failed-overloaded-capacity = { $service } bekam { $time } lang mehr Anfragen, als seine Replikate beantworten konnten ({ $capacity } Anfragen/s pro Replikat)
failed-dead-endpoint-of = ein totes Replikat blieb { $time } lang im Load Balancer von { $service } (so viel wie { $like_outage } Totalausfall)
failed-dead-endpoint = ein totes Replikat blieb { $time } lang in seinem Load Balancer (so viel wie { $like_outage } Totalausfall)
failed-downtime = jede Anfrage während des Ausfalls oben

## Zusammenfassung auf der Kommandozeile

summary-heading = { $scenario } auf { $platform } (Seed { $seed }, { $duration }):
summary-service = Service
summary-downtime = Ausfallzeit
summary-time-up = Zeit verfügbar
summary-requests-ok = Anfragen ok
summary-failed = fehlgeschl.
summary-served = beantwortet
summary-no-requests = keine Anfragen
summary-stopped = gestoppt

## Spalte einer Plattform

platform-brief-compose = Compose · ein Host
platform-brief-swarm = Swarm · { $nodes } Knoten
platform-brief-kubernetes = Kubernetes · { $nodes } Knoten
platform-title-compose = Docker Compose auf einem Host
platform-title-swarm = Docker Swarm auf { $nodes } Knoten{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-Knoten" }
       *[other] { " + " }{ $gpu } GPU-Knoten
    } ({ $managers } Manager)
platform-title-kubernetes-self-hosted = Kubernetes auf { $nodes } Worker-Knoten{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-Knoten" }
       *[other] { " + " }{ $gpu } GPU-Knoten
    } + { $control_plane ->
        [one] 1 Control-Plane-Knoten
       *[other] { $control_plane } Control-Plane-Knoten
    } (selbst betrieben)
platform-title-kubernetes-managed = Kubernetes auf { $nodes } Worker-Knoten{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-Knoten" }
       *[other] { " + " }{ $gpu } GPU-Knoten
    } (verwaltete Control Plane)
platform-cannot-simulate = Dieses Setup lässt sich nicht simulieren: { $why }
platform-sub-compose = ein Docker-Daemon; { $policies }; was er nicht kann, repariert ein Mensch
platform-sub-swarm = Heartbeats alle { $heartbeat }, ausgefallen nach { $missed } verpassten, Tasks neu gestartet nach { $restart }
platform-sub-kubernetes = v{ $version }; NotReady nach { $grace } Stille, Eviction nach { $toleration }
restart-policy-all = Restart-Policy: { $policy }
restart-policy-all-default = Restart-Policy: { $policy } — Dockers Standard
restart-policy-some = restart: { $policy } ({ $services })
restart-policy-some-default = restart: { $policy } — Dockers Standard ({ $services })
counters-no-requests = noch keine Anfragen
counters-answered = { $share } beantwortet
counters-downtime = Ausfallzeit
counters-failed = fehlgeschlagene Anfragen
counters-failed-of = { $failed } von { $total }
counters-requests = Anfragen
counters-time = Zeit
counters-for = für
counters-down-now = { $service } (jetzt ausgefallen)
counters-when = Bisher (Stand { $at })
summary-aria = Die Plattformen auf einen Blick (Tippen zeigt eine)
summary-figures = { $up }/{ $total } laufen · { $failed } fehlgeschlagen
consequences-idle = Noch ist nichts ausgefallen. Einen Knoten ausschalten, einen Service abstürzen lassen oder oben eine Aktion wählen.
consequences-aria = Folgen über den ganzen Lauf
consequences-more = { $count ->
        [one] ein weiterer Service
       *[other] { $count } weitere Services
    }
consequences-when = Über den ganzen Lauf (bis { $end })

## Verfügbarkeit

availability-target-refused = das Verfügbarkeitsziel ist ein Prozentwert, z. B. 99,9
availability-no-traffic = kein Traffic
availability-budget-used = { $share } % von { $budget }
availability-no-spof = keine
availability-repair = { $service }: Absturz { $crash }, Hänger { $hang }, Knoten { $node }
availability-aria = Verfügbarkeit
availability-heading = Welche Verfügbarkeit man dafür bekommt
availability-node-mtbf = Knotenausfall alle (h)
availability-replica-mtbf = Replikat-Absturz alle (h)
availability-hang-mtbf = Replikat-Hänger alle (h)
availability-target = Verfügbarkeitsziel %
availability-simulated = Dieses Szenario, simuliert: { $entry } und wovon es abhängt
availability-simulated-first = Dieses Szenario, simuliert: der erste Service und wovon er abhängt
availability-time-up = Zeit verfügbar
availability-downtime = Ausfallzeit
availability-requests-answered = beantwortete Anfragen
availability-failed-requests = fehlgeschlagene Anfragen
availability-note-kinds = „Zeit verfügbar“ zählt die Momente, in denen ein Replikat antworten konnte; „beantwortete Anfragen“ zählt auch Anfragen, die an Überlast oder an einem toten Replikat im Load Balancer scheiterten. Darunter: ein Jahr, geschätzt aus Ausfallraten.
availability-note-rates = Die Ausfallraten sind Ihre Annahmen (ein Hänger: Der Prozess läuft weiter, antwortet aber nicht mehr). Die Reparaturzeiten kommen aus der Simulation mit den dokumentierten Standardwerten (mit der Reaktionszeit des Admins, wo die Plattform sich nicht selbst heilt). Replikate parallel: 1 − (1 − a)ⁿ; der Einstieg und wovon er abhängt in Reihe; jedes Deployment kostet, was ein simuliertes Deployment der eigenen Services des Teams kostet, mal die Deployments am Tag (Reiter „Brauchen wir Kubernetes?“).
availability-note-data-left-behind = Ein Service, den ein Knotenausfall auf einem anderen Knoten mit einem neuen, leeren Volume zurückbringt (Swarm: keine Bindung an das lokale Volume), zählt als ausgefallen, bis der Admin eingreift ({ $operator }): eine Annahme, denn seine Daten blieben auf dem toten Knoten.
availability-estimated = Geschätzt über ein Jahr: die Verfügbarkeit, die Nutzer sehen (der Einstiegs-Service und seine Abhängigkeiten)
availability-availability = Verfügbarkeit
availability-requests-estimated = beantwortete Anfragen
availability-deploy = ein Deployment
availability-nines = Neunen
availability-down-month = Ausfall / Monat
availability-down-year = Ausfall / Jahr
availability-budget = verbrauchtes Fehlerbudget
availability-spof = Single Points of Failure
availability-repair-times = Reparaturzeiten aus der Simulation

## Diagramme der Kosten

chart-break-even = Break-even: Monat { $month }
chart-cumulative-aria = Gesamtkosten über die Zeit je Plattform; die Zahlen stehen in der Kostentabelle.
chart-cumulative-title = Gesamtkosten über die Zeit (EUR, Mitte jeder Spanne)
chart-month = Monat
chart-infrastructure = Infrastruktur
chart-people = Personal
chart-downtime = Ausfallzeit
chart-breakdown-aria = Monatliche Kosten je Plattform, aufgeschlüsselt; die Zahlen stehen in der Kostentabelle.
chart-breakdown-title = Kosten pro Monat (EUR)
chart-needs-rate = Die Diagramme brauchen eine Währung: bitte einen Kurs USD pro EUR eingeben.
chart-distribution-aria = Verteilung der jährlichen Ausfallzeit je Plattform; Median und 95. Perzentil stehen in der Tabelle.
chart-distribution-title = Jährliche Ausfallzeit, die Nutzer sehen, simulierte Jahre (Minuten)
chart-distribution-x = Minuten Ausfall im Jahr
chart-distribution-y = Jahre

## Werkzeugleiste

toolbar-aria = Einstellungen
toolbar-preset = Vorlage
toolbar-your-scenario = Ihr Szenario
preset-large = Großer Cluster (50 Knoten, 500 Pods)
toolbar-compare = Vergleichen
toolbar-at-least = (mindestens zwei)
toolbar-at-least-title = Hafen vergleicht: Mindestens zwei Plattformen bleiben sichtbar
toolbar-zones = Zonen
toolbar-zones-none = keine
toolbar-operator = Admin reagiert in
toolbar-operator-title = Eine Einstellung des Betriebs, kein Plattform-Standard: wie lange es dauert, bis ein Mensch es bemerkt und handelt
toolbar-stories = Geschichten
toolbar-stories-title = Eine Geschichte Schritt für Schritt zeigen, im Vollbild, mit einem Presenter: eine aus den Designdokumenten oder die des Dokuments (P zeigt die Geschichte des Dokuments, sonst die der Vorlage)
toolbar-stories-aria = Eine Geschichte präsentieren
toolbar-present = Präsentieren…
toolbar-document-story = Geschichte dieses Dokuments: { $title }
toolbar-document-whole = Dieses Dokument, in einem Schritt
toolbar-language = Sprache
toolbar-undo-title = Rückgängig (Strg+Z)
toolbar-redo-title = Wiederholen (Strg+Umschalt+Z)
toolbar-clear = Fehler entfernen ({ $count })
toolbar-share = Teilen…
toolbar-share-title = Der Link zu diesem Szenario, ein iframe für eine Wiki-Seite, Bilder der Diagramme
toolbar-download = ⇩ Herunterladen
toolbar-download-title = Dieses Szenario als YAML-Datei speichern (das Format, das hafen-sim liest)
toolbar-open = Öffnen…
toolbar-open-title = Eine Szenario-Datei oder eine docker-compose.yml öffnen (oder auf die Seite ziehen)
toolbar-more = ⋯ Mehr

## Reiter und Zeitleiste

tabs-aria = Ansichten
tab-platforms = Plattformen
tab-costs = Kosten
tab-availability = Verfügbarkeit
tab-advisor = Brauchen wir Kubernetes?
tab-timings = Zeiten
tab-commands = Befehle
tab-files = Dateien
timeline-aria = Zeit
timeline-play = ▶ Abspielen
timeline-pause = ❚❚ Pause
timeline-play-title = Abspielen / Pause (Leertaste)
timeline-speed = Geschwindigkeit
timeline-prev = ◀ zurück
timeline-prev-title = Vorheriges Ereignis (Umschalt+N)
timeline-next = weiter ▶
timeline-next-title = Zum nächsten Ereignis springen (N)
timeline-slider = Simulierte Zeit
timeline-of = von { $end }

## Kopfzeile und Aktionen

tagline = eine Anwendung auf Docker Compose, Docker Swarm und Kubernetes: was ausfällt, was heilt, was es kostet
actions-aria = Fehler und Eingriffe
actions-at = Um { $at } auf jeder Plattform:
action-kill-title = Ausschalten (Taste K); bei Compose ist das der eine Host
action-kill-running-title = Schaltet auf jeder Plattform den Knoten aus, auf dem { $service } läuft (bei Compose der eine Host): überall derselbe Verlust. Einen Knoten auswählen, um stattdessen diesen auszuschalten (Taste K)
action-crash = { $service } abstürzen lassen
action-crash-title = Der Prozess eines Replikats beendet sich (Taste C)
action-hang = { $service } hängen lassen
action-hang-title = Ein Replikat antwortet nicht mehr, sein Prozess läuft weiter (Taste H)
action-deploy = { $service } v2 ausrollen
action-deploy-broken = Fehlerhaftes { $service } v2 ausrollen
action-spike = Lastspitze ×4 ({ $to }/s)
action-fail-zone = { $zone } ausfallen lassen
action-config = Konfigurationsänderung
graph-service = { $service }: { $replicas ->
        [one] ein Replikat
       *[other] { $replicas } Replikate
    }
graph-service-entry = { $service }: { $replicas ->
        [one] ein Replikat
       *[other] { $replicas } Replikate
    }; die Nutzer rufen diesen Service auf
graph-meta-entry = ×{ $replicas } · Nutzer rufen ihn auf
graph-aria = Anwendung: { $services }

## Was an einem Szenario nicht stimmt (Dateien, Links, gespeicherte Stände, Änderungen)

error-at-line = Zeile { $line }: { $field }: { $message }
error-in-field = { $field }: { $message }
note-event-dropped-node = { $id }: Ereignis um { $at } entfällt: Knoten { $node } gibt es auf { $platform } nicht
note-event-dropped-zone = { $id }: Ereignis um { $at } entfällt: Zone { $zone } gibt es auf { $platform } nicht
bad-control-plane-nodes = eine selbst betriebene Control Plane hat 1 bis 7 Knoten, nicht { $got }
bad-between = muss zwischen { $min } und { $max } liegen, nicht { $got }
bad-between-bare = muss zwischen { $min } und { $max } liegen
bad-at-most = höchstens { $max }
bad-managers = muss zwischen 1 und der Zahl der Knoten ({ $nodes }) liegen, nicht { $got }
bad-zones-most = höchstens { $max } Zonen
bad-node-resources = ein Knoten braucht etwas CPU und Arbeitsspeicher
bad-duration-most = höchstens { $max } simulierte Zeit
bad-duration-zero = ein Szenario braucht etwas simulierte Zeit, z. B. 1h
bad-zones-nodes = { $zones } Zonen, aber nur { $nodes ->
        [one] ein Worker-Knoten
        *[other] { $nodes } Worker-Knoten
    }: Jede Zone braucht einen Knoten
bad-no-services = die Anwendung hat keine Services
bad-services-most = höchstens { $max } Services
bad-events-most = höchstens { $max } Ereignisse
bad-service-needs-name = ein Service braucht einen Namen
bad-name-compose-rule = { $why } (die Regel von Compose für Service-Namen)
bad-tag-docker-rule = { $why } (die Regel von Docker für Image-Tags)
bad-service-twice = zwei Services heißen „{ $service }“
bad-startup-day = ein Start, der länger als einen Tag dauert, ist nicht plausibel
bad-second-to-hour = muss zwischen 1 s und 1 h liegen
bad-at-most-day = höchstens einen Tag
bad-pre-stop-hour = eine preStop-Pause von mehr als einer Stunde ist nicht plausibel
bad-image-empty = das Image eines Service braucht einen Namen, z. B. postgres:15-alpine
bad-image = „{ $image }“ ist kein Image-Name: als Name:Tag schreiben, kleingeschrieben und ohne Leerzeichen, z. B. postgres:15-alpine
bad-cpu-limit = das Limit ({ $limit } m) liegt unter dem Request ({ $request } m); Kubernetes lehnt das ab
bad-memory-limit = das Limit ({ $limit } MiB) liegt unter dem Request ({ $request } MiB); Kubernetes lehnt das ab
bad-autoscale-range = braucht 1 ≤ min ≤ max ≤ { $most }, nicht { $min }–{ $max }
bad-autoscale-cpu = die Ziel-CPU muss zwischen 1 und 1.000 % liegen
bad-autoscale-capacity = ein automatisch skalierter Service braucht capacity_rps (die CPU-Last ist Last geteilt durch Kapazität)
bad-autoscale-behavior-policy = eine Scale-up-Policy fügt pro Zeitraum mindestens 1 hinzu (Pod oder %)
bad-autoscale-behavior-window = ein Stabilisierungsfenster dauert höchstens 1 h, nicht { $got }
bad-no-such-node = kein Knoten heißt „{ $node }“ (Knoten: { $nodes })
bad-capacity-zero = muss mindestens 1 Anfrage/s sein (weglassen für unbegrenzt)
bad-no-such-service = kein Service heißt „{ $service }“
bad-depends-on-itself = ein Service kann nicht von sich selbst abhängen
bad-replicas-total = insgesamt { $total } Replikate; höchstens { $max }
bad-cycle = die Abhängigkeiten bilden einen Zyklus
bad-rps-most = höchstens { $max } Anfragen/s
bad-after-end = { $at } liegt nach dem Ende des Szenarios ({ $end })
bad-no-such-zone = keine Zone heißt „{ $zone }“ (Zonen: { $zones })
bad-no-zones = keine Zone heißt „{ $zone }“ (diese Plattform hat keine Zonen: platform.zones setzen)
bad-release-version = ein Release braucht einen Versionsnamen
bad-no-volume = { $service } hat kein Volume (nicht zustandsbehaftet)
bad-traffic-section = eine Traffic-Änderung braucht einen Abschnitt `traffic:`, der den Einstiegs-Service nennt
bad-name-long = „{ $name }…“ ist länger als { $most } Zeichen
bad-name-character = „{ $name }“ enthält '{ $character }'; erlaubt sind Buchstaben, Ziffern, '.', '_' und '-'

## Zeiten außerhalb der Grenzen

bad-period-short = ein Intervall muss mindestens 100 ms lang sein, nicht { $got }
bad-at-most-year = höchstens ein Jahr, nicht { $got }
bad-percent-most = höchstens { $max } %, nicht { $got } %
bad-surge-and-unavailable-zero = maxSurge und maxUnavailable können nicht beide 0 sein: Kubernetes lehnt ein solches Deployment ab (es könnte nie einen Pod ersetzen)

## Die Lage des Teams

bad-compose-one-machine = Docker Compose läuft auf einer Maschine
bad-team = muss zwischen 1 und 100.000 Personen liegen, nicht { $got }
bad-deploys-per-day = höchstens 10.000 am Tag, nicht { $got }
bad-uptime-target = muss zwischen 50 % und 99,999 % liegen, nicht { $got } %

## Szenario-Dateien

yaml-nothing = nichts
yaml-true-false = true/false
yaml-whole-number = eine ganze Zahl
yaml-decimal-number = eine Dezimalzahl
yaml-text = Text
yaml-list = eine Liste
yaml-map = eine Map
yaml-unsupported = einen nicht unterstützten Wert
yaml-malformed = kein gültiges YAML: { $why }
file-nested-too-deeply = zu tief verschachtelt (mehr als { $most } Ebenen aus Einrückung und Listen- oder Schlüsselzeichen); ein Szenario braucht eine Handvoll
file-expected-map = erwartet eine Map mit { $keys }, nicht { $got }
file-expected-behavior = erwartet default oder eine Map mit { $keys }, nicht { $got }
file-keys-are-names = Schlüssel müssen Namen sein, nicht { $got }
file-unknown-field = unbekanntes Feld „{ $key }“; hier bekannt: { $known }
file-expected-text = erwartet Text, nicht { $got }
bad-negative = darf nicht negativ sein (hier { $got })
file-more-than-most = { $got } ist mehr als das erlaubte Maximum von { $max }
file-expected-whole-number = erwartet eine ganze Zahl, nicht { $got }
file-expected-flag = erwartet true oder false, nicht { $got }
file-expected-list = erwartet eine Liste, nicht { $got }
duration-empty = leere Dauer
duration-not = „{ $text }“ ist keine Dauer (Beispiele: 500ms, 10s, 15m, 2h, 1h30m)
duration-too-large = „{ $text }“ ist zu groß
duration-needs-unit = „{ $text }“ braucht eine Einheit (ms, s, m, h, d), z. B. { $number }s
duration-unknown-unit = unbekannte Einheit „{ $unit }“ in „{ $text }“ (ms, s, m, h oder d verwenden)
duration-too-long = „{ $text }“ ist zu lang
file-number-needs-unit = { $number } braucht eine Einheit, z. B. { $number }s oder { $number }m
file-expected-duration = erwartet eine Dauer wie 10s, nicht { $got }
cpu-not = „{ $text }“ ist keine CPU-Menge (Beispiele: 250m, 0.5, 2)
cpu-implausible = { $text } Kerne sind keine plausible Menge
cpu-too-much = zu viel CPU
memory-not = „{ $text }“ ist keine Menge (Beispiele: 256Mi, 4Gi)
memory-unknown-unit = „{ $text }“: unbekannte Einheit (Mi, Gi oder Ti verwenden)
memory-too-large = zu groß
file-expected-cpu = erwartet eine CPU-Menge wie 250m oder 2, nicht { $got }
file-expected-memory = erwartet eine Menge wie 256Mi, nicht { $got }
file-unknown-kind = unbekannte Art „{ $kind }“ (frontend, backend, worker, database, cache, queue, ingress)
file-unknown-restart = unbekannte Restart-Policy „{ $policy }“ (no, always, unless-stopped, on-failure)
file-expected-version-name = erwartet einen Versionsnamen, nicht { $got }
file-which-platform = die Plattform angeben: compose, swarm oder kubernetes
file-compose-one-host = Docker Compose läuft auf genau einem Host
file-needs-a-node = braucht mindestens einen Knoten
file-unknown-control-plane = unbekannte Control Plane „{ $got }“ (managed, self-hosted)
file-expected-kubernetes-version = erwartet eine Version wie „1.32“, nicht { $got }
file-not-kubernetes-version = „{ $text }“ ist keine Version wie „1.32“
file-reaction-or-preset = { $why }; oder eine Vorgabe: on-call, office-hours, weekend
file-control-plane-nodes-only = Control-Plane-Knoten gibt es nur bei Kubernetes mit control_plane: self-hosted
file-control-plane-needs-node = eine selbst betriebene Control Plane braucht mindestens einen Knoten
file-managers-only-swarm = Manager gibt es nur bei Docker Swarm
file-event-needs-at = ein Ereignis braucht `at:`, z. B. { "{" } at: 60s, kill_node: node-1 { "}" }
file-event-one-action = ein Ereignis hat neben `at` genau eine Aktion (eine von { $actions }), nicht { $got }
file-expected-node-or-running = erwartet einen Knotennamen oder { "{" } running: <service> { "}" }
file-needs-key = { $action } braucht `{ $key }:`
file-expected-rps = erwartet { "{" } rps: <Anfragen pro Sekunde> { "}" }
file-expected-config-target = erwartet all, einen Service-Namen oder { "{" } service: <name> { "}" }
file-resize-needs-size = resize_volume braucht `size:`, z. B. 20Gi
file-story-needs-title = eine Geschichte braucht `title:`
file-story-needs-steps = eine Geschichte braucht `steps:`, eine Liste von Schritten
file-unknown-panel = unbekannte Ansicht „{ $panel }“ ({ $known })
file-question-one-target = eine Frage betrifft einen Service oder einen Knoten
file-unknown-outcome = unbekannter Ausgang „{ $outcome }“ ({ $known })
file-question-needs-platform = eine Frage braucht `platform:`, die Plattform, nach der sie fragt
file-question-needs-target = eine Frage braucht `service:` oder `node:`, wonach sie fragt
file-step-needs-title = ein Schritt braucht `title:`
file-unknown-platform = unbekannte Plattform „{ $platform }“ (compose, swarm, kubernetes)
file-uptime-target = ein Ziel zwischen 50 und 99,999 (%), nicht { $got }
file-expected-number = erwartet eine Zahl, nicht { $got }
file-mtbf = eine mittlere Zeit zwischen Ausfällen muss zwischen 1 h und { $max } h liegen
file-unknown-price-table = unbekannte Preistabelle „{ $table }“ ({ $known })
file-listed-twice = { $platform } steht zweimal in der Liste
file-two-or-three-platforms = zwei oder drei Plattformen zum Vergleich angeben: compose, swarm, kubernetes
file-too-large = eine Szenario-Datei darf höchstens { $most } KiB groß sein
file-empty = die Datei ist leer
file-one-scenario = ein Szenario pro Datei: das zweite YAML-Dokument entfernen
file-expected-seed = erwartet eine ganze Zahl ≥ 0, nicht { $got }
file-where-it-runs = angeben, wo es läuft: platform: { "{" } kind: compose | swarm | kubernetes { "}" }
file-needs-services = die Anwendung braucht `services:`
file-traffic-needs-entry = traffic braucht `entry:`, den Service, den die Nutzer aufrufen

## Dokumente in Links und gespeicherten Ständen

bad-price-table = unbekannte Preistabelle „{ $table }“

## Abgelehnte Compose-Dateien

compose-too-large = eine Compose-Datei darf höchstens { $most } KiB groß sein
compose-one-file = eine Compose-Datei pro Datei: das zweite YAML-Dokument entfernen
compose-keys-are-names = Schlüssel müssen Namen sein
compose-merge-takes = ein Merge (<<) nimmt eine Map oder eine Liste von Maps, nicht { $got }
compose-merge-takes-maps = ein Merge (<<) nimmt Maps
compose-unreadable-value = ein Wert, der sich nicht lesen lässt (ein Alias auf nichts oder Aliase über der Grenze)
variables-nested = Variablen sind tiefer als { $most } Ebenen verschachtelt
variable-not-closed = „${ "{" }“ ohne schließendes „{ "}" }“ in „{ $value }“
variable-not-a-name = „${ "{" }{ $body }{ "}" }“ ist keine Variable (ein Name besteht aus Buchstaben, Ziffern und '_')
variable-unknown-operator = „${ "{" }{ $body }{ "}" }“: unbekannter Operator nach { $name } (:-, -, :?, ?, :+ oder + verwenden)
compose-is-a-map = eine Compose-Datei ist eine Map mit services:, nicht { $got }
compose-needs-services = eine Compose-Datei braucht services:
compose-no-services = keine Services in der Datei
compose-expected-services-map = erwartet eine Map von Services, nicht { $got }
compose-expected-map = erwartet eine Map, nicht { $got }
compose-all-in-profiles = jeder Service gehört zu einem Profil: Ohne --profile läuft nichts
compose-needs-image = ein Service braucht image: oder build:
expect-cpu-cores = CPU-Kerne, z. B. 0.5
expect-services = eine Liste oder Map von Services
expect-mode = replicated oder global
expect-condition = none, on-failure oder any
expect-restart = no, always, on-failure oder unless-stopped
expect-mounts = eine Liste von Mounts
expect-mount = ein Mount wie data:/var/lib/data
expect-duration-long = eine Dauer wie 30s oder 1m30s
expect-restart-policy = eine Restart-Policy
expect-kind = eine Service-Art
expect-size = eine Größe wie 10Gi
expect-whole-positive = eine ganze Zahl ≥ 1
expect-memory-upper = eine Menge wie 512M oder 1G
expect-autoscale = { "{" } min, max, cpu { "}" }
expect-autoscale-behavior = default oder { "{" } scale_up_pods, scale_up_percent, scale_up_window, scale_down_window { "}" }
expect-duration = eine Dauer wie 5s
expect-image = ein Image-Name wie postgres:15-alpine
expect-memory-lower = eine Menge wie 512m oder 1g

## Abgelehnte geschriebene Geschichten

expect-declared-volume = ein Volume, das unter dem obersten volumes: deklariert ist
bad-characters-most = höchstens { $most } Zeichen, nicht { $got }
story-needs-title = eine Geschichte braucht einen Titel
story-needs-step = eine Geschichte braucht mindestens einen Schritt
story-steps-most = höchstens { $most } Schritte, nicht { $got }
story-step-needs-title = ein Schritt braucht einen Titel
story-ends-before-start = endet ({ $to }), bevor er beginnt ({ $from })
story-no-such-node = { $platform } hat keinen Knoten namens „{ $node }“ (Knoten: { $nodes })
story-not-a-service-outcome = { $outcome } ist kein Ausgang für einen Service; zur Wahl stehen { $known }
story-not-a-node-outcome = { $outcome } ist kein Ausgang für einen Knoten; zur Wahl stehen { $known }
story-choices-count = zwei bis { $most } Antworten, nicht { $got }
story-choice-twice = eine Antwort steht zweimal in der Liste
story-platform-not-shown = { $platform } wird in diesem Schritt nicht gezeigt

## Vorlagen und Fragen

story-outage-circular = der Ausfall von { $service } läuft im Kreis durch seine Abhängigkeiten
story-no-node = kein Knoten heißt „{ $node }“
preset-unknown = keine Vorlage heißt „{ $preset }“
preset-stale = die gepackte Vorlage „{ $preset }“ ist veraltet: UPDATE_PACKED=1 cargo test -p hafen-core --lib presets ausführen

## Abgelehnte Änderungen

edit-not-on-off = „{ $value }“ ist weder an noch aus
edit-not-whole = { $what }: muss eine ganze Zahl sein, nicht „{ $value }“
edit-negative = { $what }: darf nicht negativ sein
edit-at-most = { $what }: höchstens { $max }
edit-what-replicas = Replikate
edit-what-compose-containers = Container auf Compose
edit-what-capacity = Kapazität
edit-what-autoscale-min = Minimum des Autoscalers
edit-what-autoscale-max = Maximum des Autoscalers
edit-needs-cpu = ein Container braucht etwas CPU
edit-needs-memory = ein Container braucht etwas Arbeitsspeicher
edit-unknown-restart = unbekannte Restart-Policy „{ $policy }“
edit-unknown-kind = unbekannte Service-Art „{ $kind }“
edit-capacity-zero = die Kapazität muss mindestens 1 Anfrage/s sein (leer lassen für unbegrenzt)
edit-cpu-limit-zero = ein CPU-Limit muss über null liegen (leer lassen für keins)
edit-autoscale-form = den Autoscaler als min-max schreiben, z. B. 2-10
edit-last-service = die Anwendung braucht mindestens einen Service
edit-compose-one-host = Docker Compose läuft auf einem Host
edit-not-removable = { $node } ist kein Worker-Knoten, der sich entfernen lässt
edit-last-node = ein Cluster braucht mindestens einen Worker-Knoten
edit-no-traffic-entry = die Anwendung hat keinen Service, der Traffic empfängt
edit-story-step = Schritt { $step } der Geschichte: { $why }

## Was der Compose-Import meldet

compose-place-service-line = services.{ $service }.{ $key } (Zeile { $line })
compose-place-service = services.{ $service }.{ $key }
compose-place-line = { $key } (Zeile { $line })
compose-place = { $key }
compose-warning = { $place }: { $note }
compose-not-simulated = gelesen, nicht simuliert
compose-unknown-key = kein Schlüssel der Compose Specification; ignoriert
compose-obsolete = veraltet; Compose ignoriert ihn
compose-bind-mount = Bind-Mount des Host-Pfads „{ $path }“: hostgebunden, kein Volume, das mit dem Service umzieht; nicht simuliert
compose-only-build = aus dem Quellcode gebaut: Das Image ist unbekannt; die Art wurde aus dem Namen des Service abgeleitet
compose-in-profile = im Profil { $profiles }: `docker compose up` startet ihn ohne --profile nicht; nicht importiert
compose-dependency-dropped = hängt von { $service } ab, das nicht importiert wurde; Abhängigkeit entfernt
compose-unset = Variable { $variable } ist nicht gesetzt (Hafen hat keine Umgebung und keine .env-Datei); verwendet wurde der leere String
compose-required = Variable { $variable } ist Pflicht („{ $message }“): Compose würde abbrechen; verwendet wurde der leere String
compose-bad-value = „{ $value }“ ließ sich nicht lesen (erwartet: { $expected }); der Standardwert bleibt
compose-constraint = Platzierungsregel „{ $constraint }“ nennt keinen Knoten, den Hafen zeichnet; nicht simuliert
compose-start-order = Bedingung { $condition } legt nur die Startreihenfolge fest, die nicht simuliert wird; die Abhängigkeit selbst wird simuliert: Dieser Service kann nicht antworten, solange { $dependency } ausgefallen ist
compose-global = globaler Modus: ein Replikat pro Knoten, { $replicas } auf dem verglichenen Cluster
compose-port-clash = { $replicas } Replikate veröffentlichen denselben festen Host-Port: Auf einem Host kann nur ein Container ihn belegen, also läuft auf Compose nur einer; die Cluster betreiben alle { $replicas } hinter ihren Load Balancern
compose-assumed-resources = keine Ressourcen angegeben: Requests von { $cpu } m CPU und { $memory } MiB Arbeitsspeicher angenommen
compose-assumed-volume = ein benanntes Volume: ein zustandsbehafteter Service (ein StatefulSet auf Kubernetes) mit einem angenommenen Volume von { $gib } GiB
compose-assumed-traffic = { $rps } Anfragen/s von Nutzern an { $entry } angenommen (die Datei nennt keine; in der App oder der Szenario-Datei ändern)
compose-assumed-entry = kein Service veröffentlicht einen Port: Angenommen wird, dass Nutzer { $entry } aufrufen, von dem nichts abhängt
compose-assumed-cluster = verglichen auf einem Kubernetes-Cluster mit { $nodes } Worker-Knoten mit je { $cpu } vCPU und { $memory } GiB{ $gpu ->
        [0] {""}
        [one] { " und 1 GPU-Knoten" }
        *[other] { " und " }{ $gpu } GPU-Knoten
    } (angenommen: der kleinste, auf dem jedes Replikat auf den Knoten Platz findet, die nach dem Ausfall eines Knotens bleiben)

## Geöffnete Dateien

file-refused = { $file }: { $why }

## Links und gespeicherte Stände, die sich nicht öffnen lassen

link-empty = der Link enthält nach seinem # kein Szenario
link-too-long = der Link ist { $length } Zeichen lang; ein Hafen-Link hat höchstens { $most } KiB
link-no-version = das ist kein Hafen-Szenario-Link (der Teil nach # beginnt mit „{ $version }.“)
link-newer = der Link stammt von einem neueren Hafen (Format { $theirs }); dieses liest Format { $ours }
link-not-base64 = der Link enthält Zeichen, die ein Hafen-Link nie hat: Er wurde beim Kopieren verändert oder abgeschnitten
link-damaged = der Link ist abgeschnitten oder beschädigt: die ganze Adresse noch einmal kopieren
link-too-big = der Link entpackt sich zu mehr als { $most } MiB und wird abgelehnt
link-not-a-document = der Link enthält kein Hafen-Szenario (abgeschnitten oder von etwas anderem erzeugt)
link-invalid = das Szenario im Link wird abgelehnt: { $why }

## Die App lehnt ab

refused-show-two = mindestens zwei Plattformen zum Vergleich zeigen
worker-missing = Hafen konnte seinen Dateileser (hafen-files_loader.js) nicht starten. Die Seite neu laden; bleibt es so, sind die Dateien neben index.html unvollständig.

## Felder und Formulare

form-not-a-number = „{ $text }“ ist keine Zahl
form-empty = leer
form-field-refused = { $field }: { $why }
not-changed = Nicht geändert: { $why }
updating-note = Wird für die letzte Änderung neu berechnet: Die Zahlen unten gelten noch für den Stand davor.

## Kostenaufstellungen

money-both = { $eur } + { $usd }
cost-item-host = 1 Host (ein VPS)
cost-item-host-offer = 1 Host: { $offer }
cost-item-workers = { $count } × { $offer } (Worker-Knoten)
cost-item-control-plane = { $count } × { $offer } für eine selbst betriebene Control Plane
cost-item-managed-control-plane = verwaltete Control Plane
cost-item-load-balancer = Load Balancer vor den Knoten
cost-item-gpu = { $count } × GPU-Knoten
cost-item-block-storage = { $gib } GiB Block Storage
cost-item-persistent-volumes = Speicher (PersistentVolumes)
cost-source-no-offer-fits = keine einzelne VM der Tabelle fasst { $cpu } vCPU / { $gib } GiB; gezeigt wird die größte
cost-source-own-machines = prices.md: Eine selbst betriebene Control Plane läuft auf eigenen Maschinen (3 für Hochverfügbarkeit)
cost-missing-vm = VM-Preis
cost-missing-node = Knotenpreis
cost-missing-control-plane-node = Preis eines Control-Plane-Knotens
cost-missing-managed-fee = Gebühr der verwalteten Control Plane (nicht in dieser Preistabelle, deren Cluster ihre Control Plane selbst betreiben)
cost-missing-load-balancer = Load Balancer
cost-missing-gpu = GPU-Knoten
cost-missing-block-storage = Block Storage
cost-people-compose = Designdokumente (prices.md): Betrieb 2–4 h/Monat, Einarbeitung ~0 h, Einrichtung „Stunden“ (gelesen als 2–8 h)
cost-people-swarm = Annahme: Die Designdokumente nennen keine Zahlen für Swarm; angesetzt zwischen Compose und Kubernetes
cost-people-kubernetes = Designdokumente (prices.md): Betrieb 20–40 h/Monat, Einarbeitung 100–120 h, Einrichtung 40–80 h

## Die Kostenansicht

cost-aria = Kosten
cost-heading = Was es kostet
cost-prices = Preise
cost-ops-rate = Stundensatz Betrieb EUR/h
cost-ops-rate-field = Stundensatz Betrieb
cost-downtime-rate = Ausfallkosten EUR/h
cost-downtime-field = Ausfallkosten
cost-months = Monate
cost-months-field = Monate
cost-usd-rate = USD pro EUR
cost-usd-rate-field = USD pro EUR
cost-keep-apart = getrennt
cost-note = Listenpreise, Stand { $date } ({ $source }). Stundensatz und Ausfallkosten sind Ihre Zahlen; die Standardwerte sind Annahmen.
cost-caption = Pro Monat und insgesamt über den Zeitraum
cost-row-infrastructure = Infrastruktur
cost-row-of-which = davon
cost-row-not-priced = nicht in der Preistabelle
cost-row-ops-hours = Betriebsstunden
cost-row-people = Personal
cost-row-expected-downtime = erwartete Ausfallzeit
cost-row-downtime-cost = Ausfallkosten
cost-row-total = gesamt pro Monat
cost-row-once = einmalig: Einrichtung und Einarbeitung
cost-row-horizon = gesamt über { $months } Monate
cost-line = { $item }: { $amount }
cost-hours = { $hours } h
cost-minutes = { $minutes } min
cost-needs-rate = braucht einen USD-Kurs
cost-people-sources = Woher die Zahlen zum Personal stammen
break-even-from-start = Kubernetes kostet ab dem ersten Monat weniger als Docker Compose.
break-even-month = Kubernetes holt seine höheren Fixkosten in Monat { $month } wieder herein: Ab dann bleiben seine Gesamtkosten unter denen von Docker Compose.
break-even-never = Kubernetes rechnet sich bei diesen Eingaben nie: Es kostet jeden Monat mehr, und weniger Ausfallzeit gleicht das nicht aus (betrachtet: { $months } Monate).
break-even-later = Kubernetes rechnet sich nicht innerhalb von { $months } Monaten (später schon: Es kostet pro Monat weniger).
break-even-needs-rate = EUR und USD sind gemischt: einen Kurs USD pro EUR eingeben, um Summen zu vergleichen und den Break-even-Monat zu finden.

## Felder der Verfügbarkeit

availability-node-mtbf-field = Ausfallintervall der Knoten
availability-replica-mtbf-field = Ausfallintervall der Replikate
availability-hang-mtbf-field = Hängerintervall der Replikate

## Die Empfehlung

verdict-cheapest = { $platform }: erfüllt das Verfügbarkeitsziel von { $target } und jede Anforderung und kostet { $total } über { $months } Monate, { $by } weniger als { $next } ({ $next_total }), die nächste, die beides schafft.
verdict-only = { $platform }: die einzige Plattform, die das Verfügbarkeitsziel von { $target } und jede Anforderung erfüllt ({ $total } über { $months } Monate).
verdict-needs-rate = { $platforms } erfüllen das Verfügbarkeitsziel von { $target } und jede Anforderung; was weniger kostet, hängt vom Wechselkurs ab: Geben Sie USD pro EUR im Reiter Kosten an.
verdict-none-meets = Keine: Keine Plattform erfüllt das Verfügbarkeitsziel von { $target }; am nächsten kommt { $platform } mit { $availability }.
verdict-none-meets-requirements = Keine: Keine Plattform, die jede Anforderung erfüllt, erreicht das Verfügbarkeitsziel von { $target }; am nächsten kommt { $platform } mit { $availability }.
verdict-none-satisfies = Keine: Keine Plattform erfüllt jede harte Anforderung.
requirement-node-autoscaling = Maschinen kommen automatisch hinzu und fallen weg
requirement-zero-downtime = Deployments ohne Ausfall
why-cluster-autoscaler = der Cluster Autoscaler fügt Knoten für Pods im Zustand Pending hinzu und entfernt nicht benötigte
why-no-automatic-machines = nichts fügt von selbst eine Maschine hinzu: Das macht ein Mensch
why-deploy-no-downtime = ein simuliertes Deployment ließ { $entry } durchgehend antworten
why-deploy-downtime = ein simuliertes Deployment legte { $entry } { $down } lang lahm
source-crash = Abstürze von { $service }
source-hang = Hänger von { $service }
source-node = Ausfälle des Knotens, auf dem { $service } läuft
source-host = die Ausfälle des Hosts selbst
source-deploys = die Deployments
source-failures = Ausfälle
need-restart-policy = `restart: unless-stopped` für { $services } (nach einem Absturz startet er dann sofort neu, statt auf einen Menschen zu warten): { $then }
need-watchdog = hängende Container von { $services } neu gestartet: ein Watchdog wie autoheal oder ein Neustart, der den Healthcheck beachtet (die Restart-Policies von Docker ignorieren einen Container mit Status unhealthy): { $then }
need-healthcheck = ein HEALTHCHECK für { $services }, damit Swarm einen Task ersetzt, der nicht mehr antwortet: { $then }
need-liveness = eine Liveness-Probe für { $services }, damit das Kubelet einen Container neu startet, der nicht mehr antwortet: { $then }
need-second-replica = ein zweites Replikat von { $services } auf einem anderen Knoten: { $then }
need-standby = ein replizierter Aufbau für { $services } mit einem Standby, auf den umgeschaltet wird (ein zweites Replikat allein teilt die Daten nicht): { $then }
need-out-of-reach = auf { $platform } trotzdem nicht erreichbar ({ $best }): Den größten Rest verursachen { $source }, { $minutes } im Monat
needs-reach = { $platform } erreicht { $target } nur mit
needs-cannot-reach = { $platform } kann { $target } nicht erreichen
reason-meets-target = geschätzte Verfügbarkeit { $availability } ({ $down } Ausfall im Monat): erfüllt das Ziel von { $target }
reason-misses-target = geschätzte Verfügbarkeit { $availability } ({ $down } Ausfall im Monat): verfehlt das Ziel von { $target }
reason-requests = geschätzt beantwortete Anfragen: { $share }
reason-deploy-no-downtime = ein Deployment (simuliert) lässt { $entry } durchgehend antworten
reason-deploy = ein Deployment (simuliert) legt { $entry } { $down } lang lahm: { $month } im Monat bei { $per_day ->
        [one] 1 Deployment
        *[other] { $per_day } Deployments
    } am Tag
reason-data-left-behind = ein Knotenausfall bringt { $services } auf einem anderen Knoten mit einem neuen, leeren Volume zurück: { $count ->
        [one] Seine Daten bleiben
        *[other] Ihre Daten bleiben
    } auf dem toten Knoten (Swarm hält einen Task nicht bei seinem lokalen Volume), deshalb zählt die Schätzung { $count ->
        [one] ihn
        *[other] sie
    } als ausgefallen, bis der Admin eingreift ({ $operator }); `node:` (eine Platzierungsregel) behält die Daten und wartet stattdessen auf den Knoten
reason-excluded = verfehlt eine harte Anforderung, { $requirement }: { $why }
reason-total = { $total } über { $months } Monate ({ $monthly } im Monat: Maschinen, Personal und erwarteter Ausfall)
reason-costs-more = { $by } mehr als { $platform }, die Empfehlung
reason-costs-less-but = { $by } weniger als { $platform }, verfehlt aber das Ziel oder eine Anforderung
reason-costs-depends = ob es mehr kostet als { $platform }, die Empfehlung, hängt vom Wechselkurs ab
reason-needs = { $heading }: { $needs }
trigger-team-under-3 = Team kleiner als 3
trigger-under-100-rps = unter 100 Anfragen/s
trigger-one-or-two-machines = 1–2 Maschinen
trigger-team-over-3 = Team größer als 3
trigger-over-1000-rps = über 1.000 Anfragen/s
trigger-over-5-machines = über 5 Maschinen
trigger-over-20-containers = über 20 Container
trigger-over-10-deploys = über 10 Deployments am Tag
figure-team = { $people ->
        [one] Team aus 1 Person
        *[other] Team aus { $people } Personen
    }
figure-peak-rps = { $rps } Anfragen/s
figure-machines = heute { $machines ->
        [one] 1 Maschine
        *[other] { $machines } Maschinen
    } mit { $platform }
figure-containers = { $containers } Container mit { $platform }
figure-deploys = { $deploys ->
        [one] 1 Deployment/Tag
        *[other] { $deploys } Deployments/Tag
    }
advice-restart-no = { $services } { $count ->
        [one] läuft
        *[other] laufen
    } mit `restart: no`, dem Standard von Docker: Ein abgestürzter Container wartet auf einen Menschen (Reaktionszeit des Admins { $operator }). `restart: unless-stopped` startet ihn nach { $delay } plus seiner Startzeit neu.
advice-hangs-wait = Auf { $platform } wartet ein Hänger von { $services } auf einen Menschen (Reaktionszeit des Admins { $operator }): Nichts startet einen Container neu, der läuft, aber nicht mehr antwortet. { $fix }
advice-hang-fix-watchdog = Die Restart-Policies von Docker ignorieren einen Container mit Status unhealthy: Ein Watchdog wie autoheal oder ein Neustart, der den Healthcheck beachtet, würde ihn neu starten.
advice-hang-fix-healthcheck = Mit einem HEALTHCHECK ersetzt Swarm den Task, sobald er unhealthy ist.
advice-hang-fix-liveness = Mit einer Liveness-Probe startet das Kubelet ihn neu.
path-swarm-init = Maschinen hinzufügen und `docker swarm init` (3 Manager für ein Quorum)
path-stack-deploy = dieselbe Compose-Datei mit `docker stack deploy` ausrollen; aus `restart:` wird `deploy.restart_policy`
path-pin-stateful = zustandsbehaftete Services an die Maschine mit ihrem Volume binden (eine Platzierungsregel: sonst startet Swarm sie anderswo mit leerem Volume neu) oder die Daten auf gemeinsamen Speicher verlegen
path-load-balancer = einen Load Balancer vor die Maschinen stellen
path-translate = Services in Deployments, StatefulSets mit PersistentVolumeClaims, Services und einen Ingress übersetzen
path-probes = Liveness- und Readiness-Probes ergänzen (Rolling Updates verlassen sich auf Readiness), mit einer startupProbe für langsam startende Anwendungen
path-control-plane = eine verwaltete Control Plane wählen oder 3 Control-Plane-Knoten betreiben
path-budget-hours = 100–120 h Einarbeitung und 20–40 h Betrieb im Monat einplanen (Designdokumente)

## Die Ansicht der Empfehlung

advisor-not-a-number = keine Zahl
advisor-trigger = { $mark } { $trigger } — { $figure }
advisor-path-compose = Der Weg: jetzt Compose → Swarm → Kubernetes
advisor-path-swarm = Der Weg: jetzt Swarm → Kubernetes
advisor-path-kubernetes = Schon auf Kubernetes
advisor-aria = Empfehlung
advisor-heading = Welche Plattform passt
advisor-note = Ihre Lage heute, nicht die zum Vergleich gezeichneten Cluster. Jede Zahl können Sie ändern.
advisor-today = Läuft heute auf
advisor-machines = Maschinen
advisor-team = Teamgröße
advisor-deploys = Deployments am Tag
advisor-uptime = Verfügbarkeitsziel %
advisor-traffic = Traffic, Anfragen/s
advisor-zero-downtime = Deployments ohne Ausfall sind geschäftskritisch
advisor-node-autoscaling = Maschinen müssen automatisch hinzukommen und wegfallen
advisor-from-doc = aus dem Szenario: { $rps } Anfragen/s, { $containers } Container mit { $platform }
advisor-recommendation = Empfehlung: { $platform }
advisor-recommendation-none = Empfehlung: keine
advisor-figures = Die Zahlen, denen die Empfehlung folgt (Reiter Verfügbarkeit und Kosten)
advisor-col-availability = Verfügbarkeit (Schätzung)
advisor-col-requests = beantwortete Anfragen (Schätzung)
advisor-col-deploy = ein Deployment (simuliert)
advisor-col-monthly = gesamt im Monat
advisor-col-horizon = über { $months } Monate
advisor-col-target = erfüllt { $target }
advisor-col-fails = verfehlt
advisor-yes = ja
advisor-no = nein
advisor-requirements = Harte Anforderungen
advisor-requirement-platform = { $mark } { $platform }: { $why }
advisor-why = Die Gründe, Plattform für Plattform
advisor-rules = Die Faustregeln der Designdokumente
advisor-rules-note = Zur Orientierung: Die Empfehlung oben folgt den Zahlen. Über die SLA- und Deployment-Regeln der Dokumente entscheiden die Schätzungen; Deployments ohne Ausfall und automatisch hinzukommende Maschinen sind harte Anforderungen.
advisor-stay = Bei Compose bleiben, solange
advisor-consider = Kubernetes erwägen ab
advisor-triggers-source = Faustregeln aus den Designdokumenten (prices.md): bei Compose bleiben unter einem Team von 3, 100 Anfragen/s und 1–2 Maschinen; Kubernetes erwägen über einem Team von 3, 1.000 Anfragen/s, 5 Maschinen, 20 Containern oder 10 Deployments am Tag.

## Der Inspektor

inspector = Inspektor
inspector-close-aria = Inspektor schließen (Esc)
inspector-close = Schließen (Esc)
inspector-idle = Ein Replikat, einen Service oder einen Knoten auswählen (Klick oder Tab und Pfeiltasten), um seine Einstellungen zu sehen und zu ändern. Enter öffnet den Inspektor, Entf entfernt.
inspector-host = Der eine Docker-Host. Fällt er aus, fällt im selben Moment node-1 in den Clustern aus.
inspector-node = Ein Worker-Knoten. Aktionen wirken zum Zeitpunkt des Zeitcursors auf jeder Plattform (bei Compose auf den einen Host).
inspector-remove-node = { $node } aus den Clustern entfernen
inspector-crash = Ein Replikat abstürzen lassen
inspector-hang = Ein Replikat hängen lassen
inspector-remove-service = Service entfernen
field-replicas = Replikate
field-replicas-hint = Swarm und Kubernetes
field-compose-replicas = Container auf Compose
field-compose-replicas-hint = leer: wie Replikate
field-cpu = CPU
field-cpu-hint = Request, z. B. 250m oder 0.5
field-memory = Arbeitsspeicher
field-memory-hint = Request, z. B. 256Mi oder 1Gi
field-startup = Startzeit
field-startup-hint = bis er antwortet, z. B. 5s
field-capacity = Kapazität Anfragen/s
field-capacity-hint = pro Replikat; leer: unbegrenzt
field-depends-on = hängt ab von
field-depends-on-hint = Services, die er aufruft, durch Kommas getrennt
field-autoscale = Autoscaling
field-autoscale-hint = Kubernetes min-max bei 70 % CPU; leer: aus
field-volume = Volume
field-volume-hint = zustandsbehaftete Daten, z. B. 10Gi
field-cpu-limit = CPU-Limit
field-cpu-limit-hint = leer: keins (er darf freie CPU seines Knotens nutzen)
field-pre-stop = preStop-Pause
field-pre-stop-hint = Kubernetes: antwortet weiter, während sein Endpunkt entfernt wird, z. B. 5s
field-image = Image
field-image-hint = Container-Image und Tag, z. B. postgres:15-alpine
field-stateful = zustandsbehaftet
field-liveness = Liveness-Probe / HEALTHCHECK
field-readiness = Readiness-Probe
field-startup-probe = Startup-Probe (30 × 10 s, Kubernetes)
field-kind = Art
field-restart = restart (Compose)
field-restart-no = no (Standard von Docker)
field-pin = gebunden an
field-pin-any = beliebiger Knoten (der Scheduler entscheidet)

## Die Hinweiszeile

notice-saved-now = { " " }(eben gespeichert)
notice-saved-minutes = { " " }(vor { $minutes } min gespeichert)
notice-saved-hours = { " " }(vor { $hours } h gespeichert)
notice-saved-days = { " " }(vor { $days } Tagen gespeichert)
notice-restored = Ihr letztes Szenario wurde wiederhergestellt{ $ago }.
notice-bad-link-saved = Dieser Link ließ sich nicht öffnen: { $why }. Stattdessen wird Ihr letztes Szenario gezeigt.
notice-bad-link-preset = Dieser Link ließ sich nicht öffnen: { $why }. Stattdessen wird eine Vorlage gezeigt.
notice-bad-link-unchanged = Dieser Link ließ sich nicht öffnen: { $why }. Ihr Szenario ist unverändert.
notice-bad-saved = Das in diesem Browser gespeicherte Szenario ließ sich nicht lesen: { $why }. Es wird beiseitegelegt (Local Storage „{ $kept }“); Hafen beginnt mit einer Vorlage.
notice-bad-file = Diese Datei ließ sich nicht öffnen: { $why }. Ihr Szenario ist unverändert.
notice-imported = { $file } importiert: { $services ->
        [one] 1 Service
        *[other] { $services } Services
    } auf jeder Plattform (Rückgängig macht es ungeschehen).
notice-imported-warnings = { $file } importiert: { $services ->
        [one] 1 Service
        *[other] { $services } Services
    } auf jeder Plattform (Rückgängig macht es ungeschehen). { $warnings ->
        [one] 1 Punkt wird
        *[other] { $warnings } Punkte werden
    } nicht simuliert oder angenommen:
notice-other-tab = Ein anderer Hafen-Tab hat sein Szenario über das dieses Tabs gespeichert. Ihres ist noch hier und in der Adresse dieses Tabs; Ihre nächste Änderung speichert es wieder.
notice-newer = { $count ->
        [one] Ein neueres Hafen hat diesen Link erstellt: Eine Einstellung darin versteht diese Version nicht; sie wurde weggelassen.
       *[other] Ein neueres Hafen hat diesen Link erstellt: { $count } Einstellungen darin versteht diese Version nicht; sie wurden weggelassen.
    }
notice-show-them = Anzeigen
notice-fresh = Stattdessen mit einer Vorlage beginnen

## Die App öffnen

app-preset-failed = Die Vorlage „{ $preset }“ ließ sich nicht öffnen ({ $why }); gezeigt wird FeastFlow.
app-presets-unreadable = Die eingebauten Vorlagen ließen sich nicht lesen: { $why }
file-too-big-to-open = „{ $file }“ ist { $size } KiB groß; eine Szenario-Datei hat höchstens { $most } KiB
file-cannot-read-here = der Browser kann hier keine Dateien lesen
file-not-text = die Datei ließ sich nicht als Text lesen
file-browser-refused = der Browser hat die Datei nicht erzeugt

## Geplante Ereignisse und Bildunterschriften

fault-kill-node = { $node } verliert den Strom
fault-kill-node-running = der Knoten mit { $service } verliert den Strom
fault-restore-node = { $node } ist wieder da
fault-kill-host = der Host verliert den Strom
fault-restore-host = der Host ist wieder da
fault-kill-zone = Zone { $zone } fällt aus
fault-restore-zone = Zone { $zone } ist wieder da
fault-crash = { $service } stürzt ab
fault-hang = { $service } hängt
fault-deploy = { $service } { $version } wird ausgerollt
fault-deploy-broken = { $service } { $version } wird ausgerollt (ein fehlerhaftes Release)
fault-traffic = der Traffic ändert sich auf { $rps } Anfragen/s
fault-config-all = die Konfiguration ändert sich
fault-config = die Konfiguration von { $service } ändert sich
fault-resize-volume = das Volume von { $service } wächst auf { $gib } GiB
fault-scale = { $service } wird auf { $replicas } skaliert
caption-quiet = { $name }: keine Fehler geplant
caption-one = { $name }: { $at } – { $fault }
caption-two = { $name }: { $at } – { $fault }; { $then_at } – { $then }
caption-more = { $name }: { $at } – { $fault }, danach { $more } weitere Ereignisse

## Teilen

share-heading = Dieses Szenario teilen
share-close = Schließen
share-link-label = Link – das ganze Dokument: Wer ihn öffnet, sieht diese Simulation
share-copy = Kopieren
share-snippet-label = In eine Wiki-Seite einbetten – es läuft von selbst; die README nennt die Parameter
share-pictures = Bilder der Diagramme um { $at }, mit Bildunterschrift und Zeit:
share-link-copied = Link kopiert.
share-link-selected = Link markiert: Strg+C (⌘C) drücken, um ihn zu kopieren.
share-snippet-copied = Snippet kopiert.
share-snippet-selected = Snippet markiert: Strg+C (⌘C) drücken, um es zu kopieren.
share-saved = { $file } gespeichert.
share-no-picture = Kein Bild: { $why }.
share-embed-title = Hafen: { $caption }
picture-time-line = { $at } von { $end } simulierter Zeit · Hafen: die dokumentierten Standardwerte von Docker Compose, Docker Swarm und Kubernetes
picture-no-diagram = es wird kein Diagramm gezeigt
picture-browser-failed = der Browser konnte das Bild nicht zeichnen
picture-no-png = der Browser konnte das PNG nicht erzeugen

## Die eingebauten Geschichten: Titel, Erzähltext, Sprechernotizen und Frage jedes Schritts

story-feastflow-app-title = Eine Anwendung, zwei Arten, sie zu betreiben
story-feastflow-app-narration = FeastFlow: ein Frontend, ein REST-Backend und PostgreSQL. Links je ein Container auf einem Host mit Docker Compose; rechts drei Knoten mit Kubernetes: 3 Frontend-Pods, 2 Backend-Pods mit Autoscaler, ein PostgreSQL-StatefulSet.
story-feastflow-app-notes = Der Ausgangspunkt des Designdokuments: heute auf einem Host, im Betrieb sind Hochverfügbarkeit und Releases ohne Ausfall gewünscht. Jede Zahl, die Sie sehen, stammt aus den dokumentierten Standardwerten der Plattformen.
story-feastflow-crash-title = Das Backend stürzt ab
story-feastflow-crash-narration = Um 01:00 beendet sich ein Backend-Prozess, auf einem Host mit Compose und daneben auf Kubernetes. Die Compose-Datei setzt keine eigene Restart-Policy.
story-feastflow-crash-notes = Mit `restart: unless-stopped` wäre Compose nach etwa 5 s wieder da (100 ms Neustartverzögerung plus Startzeit). Kubernetes nimmt den abgestürzten Pod aus den Endpunkten des Service, also schlägt keine Anfrage fehl.
story-feastflow-crash-question = Das Backend stürzt auf Compose ab, mit Dockers Standard-Restart-Policy. Was passiert mit ihm?
story-feastflow-crash-after-title = Aus, bis jemand eingreift
story-feastflow-crash-after = Es gilt Dockers Standard `restart: no`: Das Backend bleibt aus, bis der Admin in Rufbereitschaft nach 15 Minuten eingreift. Auf Kubernetes startet das Kubelet den Container neu, und der andere Backend-Pod antwortet weiter.
story-feastflow-node-title = Der Knoten mit der Datenbank fällt aus
story-feastflow-node-narration = Um 01:00 verliert die Maschine mit PostgreSQL den Strom: auf Compose der einzige Host, auf Kubernetes einer von drei Knoten.
story-feastflow-node-notes = NotReady nach 50 s (node-monitor-grace-period, Kubernetes 1.32), Eviction nach 300 s (tolerationSeconds), zwangsweises Trennen nach 6 min (maxWaitForUnmountDuration). Eine Datenbank mit einem einzigen Replikat bleibt auf jeder Plattform ein Single Point of Failure.
story-feastflow-node-question = Der Knoten mit PostgreSQL verliert den Strom. Was passiert auf Kubernetes mit dem Frontend von FeastFlow?
story-feastflow-node-after-title = Nur so verfügbar wie die Datenbank
story-feastflow-node-after = Compose: Der Host ist weg und alles mit ihm, bis jemand ihn wieder einschaltet und `docker compose up -d` ausführt. Kubernetes ersetzt die Frontend- und Backend-Pods nach der Eviction (5 Minuten), aber PostgreSQL ist ein einzelner StatefulSet-Pod: Er wird erst ersetzt, wenn der Admin ihn zwangsweise löscht, und sein Volume wird 6 Minuten später zwangsweise getrennt. FeastFlow wartet auf beiden Plattformen auf seine Datenbank.
story-feastflow-spike-title = Lastspitze
story-feastflow-spike-narration = Um 05:00 springt der Traffic für 20 Minuten von 50 auf 400 Anfragen/s. Compose hat ein Backend und ein Frontend: Solange die Spitze dauert, schlagen Anfragen fehl, es sei denn, jemand ändert die Datei und skaliert von Hand. Der Autoscaler von Kubernetes fügt selbst Backend-Pods hinzu, aber nicht sofort: Einige Anfragen schlagen fehl, bis er aufgeholt hat.
story-feastflow-spike-notes = Der HorizontalPodAutoscaler gleicht alle 15 s ab und skaliert nach CPU (hier 70 %); neue Pods brauchen trotzdem ihre Startzeit und eine Readiness-Probe. Auf Compose kosten `--scale` und ein vorgeschalteter Load Balancer von Hand 5–10 Minuten.
story-feastflow-update-title = Das Backend auf v2 aktualisieren
story-feastflow-update-narration = Um 05:00 wird Backend v2 ausgerollt, auf jeder Plattform auf die übliche Art: auf Compose `docker compose up -d` mit dem neuen Image, auf Kubernetes das Rolling Update des Deployments.
story-feastflow-update-notes = maxSurge 25 %, maxUnavailable 25 % (gerundet: ein Pod zusätzlich, keiner fehlt). Der kurze Aussetzer ist das Rennen zwischen der Aktualisierung der Endpunkte und dem SIGTERM; ein `preStop: sleep 5` beseitigt ihn.
story-feastflow-update-question = Compose rollt Backend v2 aus. Was passiert mit dem Backend?
story-feastflow-update-after-title = Erst stoppen, dann starten
story-feastflow-update-after = Compose stoppt den alten Container, lädt den neuen und startet ihn: Solange ist das Backend aus. Kubernetes tauscht die Pods einzeln hinter Readiness-Probes aus, ohne Ausfall; doch ohne preStop-Pause erreichen noch einige Anfragen einen Pod, der gerade herunterfährt.
story-feastflow-bad-release-title = Ein fehlerhaftes v2
story-feastflow-bad-release-narration = v2 stürzt direkt nach dem Start ab. Compose hat v1 schon gestoppt: aus, bis der Admin zurückrollt. Auf Kubernetes werden die neuen Pods nie Ready, der Rollout bleibt stehen, und die alten Pods antworten weiter; `kubectl rollout undo` räumt auf.
story-feastflow-bad-release-notes = progressDeadlineSeconds ist 600 s: Das Deployment meldet den Stillstand nach 10 Minuten. Auf keiner der beiden Plattformen wird automatisch zurückgerollt.
story-feastflow-storage-title = Die Datenbank braucht mehr Speicher
story-feastflow-storage-narration = Auf Compose: sichern, stoppen, das Volume von Hand vergrößern, neu starten, wiederherstellen: PostgreSQL ist während des ganzen Vorgangs aus (angenommen 30 Minuten). Auf Kubernetes wird der PersistentVolumeClaim im laufenden Betrieb vergrößert, wo die StorageClass es erlaubt: Nichts hält an.
story-feastflow-storage-notes = Die 30 Minuten sind eine Annahme, kein Standardwert: im Szenario änderbar. Vergrößern im laufenden Betrieb braucht `allowVolumeExpansion: true` an der StorageClass.
story-feastflow-config-title = Eine Konfigurationsänderung
story-feastflow-config-narration = Compose startet alle Container gleichzeitig neu: 8 s lang antwortet nichts. Kubernetes tauscht Frontend und Backend Pod für Pod aus, aber der einzelne PostgreSQL-Pod muss ebenfalls neu starten: FeastFlow ist dort 10 s aus, bis seine Readiness-Probe besteht, und es schlagen etwas mehr Anfragen fehl als auf Compose. Das rollierende Austauschen hilft nicht, solange die Datenbank nur ein Replikat hat.
story-feastflow-config-notes = `docker compose up -d` nach dem Bearbeiten der `.env` gegenüber `kubectl rollout restart` nach dem Bearbeiten der ConfigMap. Die Datenbank ist der Teil, den keine der beiden Plattformen rollierend austauschen kann.
story-feastflow-costs-title = Was es kostet
story-feastflow-costs-narration = Compose auf einem Host, Swarm und Kubernetes auf je drei Knoten, pro Monat, mit der Arbeitszeit, die der Betrieb jeweils kostet. Diese Preistabelle kennt keine Gebühr für die verwaltete Control Plane von Kubernetes: Die Ansicht führt sie unter „nicht in der Preistabelle“, außerhalb der Summen.
story-feastflow-costs-notes = Die Preise sind datierte Listenpreise (siehe die Quellen in der Kostenansicht); für den eigenen Anbieter anpassen.
story-quantum-trader-today-title = Quantum Trader heute
story-quantum-trader-today-narration = Redis, die KI-Engine und der Ausführungsdienst auf einem Hetzner-VPS, ein Admin, unter 10 Anfragen/s, ein Verfügbarkeitsziel von 95 %.
story-quantum-trader-today-notes = Aus der norwegischen Bewertung: Die Frage ist nicht, ob Kubernetes besser ist, sondern ob es sich schon bezahlt macht.
story-quantum-trader-host-dies-title = Der VPS fällt aus
story-quantum-trader-host-dies-narration = Alles läuft auf einer Maschine: Hält sie an, hält alles an, und nichts kommt zurück, bis jemand die Maschine zurückholt; mit einem Admin zu Bürozeiten können das 4 Stunden sein. `restart: unless-stopped` startet die Container dann von selbst.
story-quantum-trader-host-dies-notes = Das ist das Risiko, das das Ziel von 95 % auffangen muss: 5 % eines Monats sind 36 Stunden.
story-quantum-trader-costs-title = Was Kubernetes kosten würde
story-quantum-trader-costs-narration = Dieselbe Anwendung auf einem Cluster: mehr Maschinen, eine Control Plane und jeden Monat Stunden für Einrichtung und Betrieb – für ein Ein-Personen-Team.
story-quantum-trader-costs-notes = Die Stunden werden mit dem Stundensatz aus der Kostenansicht bewertet; sie sind meist der größere Teil.
story-quantum-trader-availability-title = Was es bringen würde
story-quantum-trader-availability-narration = Verfügbarkeit über ein Jahr aus den Ausfallraten: was ein Host leistet gegenüber einem Cluster, der einen Knotenausfall übersteht.
story-quantum-trader-availability-notes = Mit dem Ziel vergleichen: Erreicht ein Host es schon, kauft der Cluster Reserve, keine Zielerfüllung.
story-quantum-trader-swarm-title = Swarm als Mittelweg
story-quantum-trader-swarm-narration = Docker Swarm betreibt dieselbe Compose-Datei auf mehreren Maschinen (`docker stack deploy`): Failover ohne die Control Plane und die Lernkurve von Kubernetes, mit weniger Funktionen.
story-quantum-trader-swarm-notes = Kein Autoscaler, keine StatefulSets (Redis per Platzierungsregel an seine Maschine binden, sonst startet ein Knotenausfall es anderswo mit leerem Volume neu), kein Neuverteilen, wenn ein Knoten zurückkommt: Das sollte man prüfen, bevor man sich dafür entscheidet.
story-quantum-trader-verdict-title = Das Urteil
story-quantum-trader-verdict-narration = Die Empfehlung stellt die geschätzte Verfügbarkeit jeder Plattform dem Ziel von 95 % gegenüber, dazu die Kosten über zwei Jahre: Die günstigste, die es erreicht, gewinnt.
story-quantum-trader-verdict-notes = Sie sagt, was eine Plattform für ein strengeres Ziel bräuchte; die Faustregeln der Designdokumente stehen daneben und entscheiden nichts.
story-aima-app-title = AIMA
story-aima-app-narration = Ein Backend, eine Datenbank, eine Message Queue und ein GPU-Orchestrator, der GPU-Knoten anfordert, wenn Arbeit anfällt, und sie danach wieder freigibt.
story-aima-app-notes = Aus der deutschen Aufwandsgegenüberstellung: Einrichtung, Betrieb, Skalierung und Fehlerbehandlung je Plattform.
story-aima-setup-title = Einrichtung und laufende Kosten
story-aima-setup-narration = Maschinen, GPU-Zeit und die Stunden für Einrichtung und Betrieb jeder Plattform, pro Monat.
story-aima-setup-notes = Bei den Maschinen dominiert der GPU-Knoten; beim Unterschied zwischen den Plattformen dominieren die Personalstunden.
story-aima-operations-title = Betrieb: wer was tut
story-aima-operations-narration = Für jedes Ereignis die Befehle auf jeder Plattform, oder was es ohne Zutun heilt: Restart-Policy, der Orchestrator von Swarm, das Kubelet, Eviction, der Autoscaler.
story-aima-operations-notes = Wo in einer Zeile ein Admin eingreift, bedeutet das auf dieser Plattform einen Anruf in der Nacht.
story-aima-failures-title = Fehlerbehandlung
story-aima-failures-narration = Wie lange im Jahr AIMA auf jeder Plattform antwortet, aus den Ausfallraten und dem, was jede Plattform selbst wiederherstellt.
story-aima-failures-notes = Automatisierung zahlt sich aus, wo Ausfälle häufig sind und jeder eine Admin-Stunde kostet.
story-aima-payback-title = Wo sich Automatisierung auszahlt
story-aima-payback-narration = Maschinen müssen bei Bedarf hinzukommen, und das kann nur Kubernetes von selbst; die Empfehlung stellt seine Kosten den Ausfällen gegenüber, die es abfängt.
story-aima-payback-notes = Verfügbarkeitsziel, Deployments am Tag oder die Anforderung ändern, um zu zeigen, wo die Antwort kippt.
story-surprises-dead-node-traffic-title = node-2 verliert den Strom
story-surprises-dead-node-traffic-narration = node-2, einer von drei Knoten, verliert um 01:00 den Strom. Auf Kubernetes laufen dort einer der drei Frontend-Pods und einer der zwei Backend-Pods.
story-surprises-dead-node-traffic-notes = node-monitor-grace-period beträgt 50 s ab Kubernetes 1.32 (vorher 40 s). Das Routing Mesh von Swarm blendet die Tasks eines toten Knotens nach wenigen Sekunden aus (der Ausfalldetektor der Gossip-Schicht), bevor die Heartbeat-Frist der Manager abläuft.
story-surprises-dead-node-traffic-question = node-2, auf dem einer von drei Frontend-Pods läuft, verliert den Strom. Was passiert auf Kubernetes mit dem Frontend?
story-surprises-dead-node-traffic-after-title = Ein toter Knoten bekommt noch Traffic
story-surprises-dead-node-traffic-after = Kubernetes weiß es noch nicht: Seine Frontend- und Backend-Pods bleiben in den Endpunkten des Service, bis der Knoten etwa 50 s später als NotReady markiert wird, und die Anfragen an sie schlagen fehl. Das Routing Mesh von Swarm nimmt sie schon nach wenigen Sekunden heraus.
story-surprises-eviction-title = Der Knoten des einzigen Backend-Pods fällt aus
story-surprises-eviction-narration = Diesmal hat das Backend nur ein Replikat, und sein Knoten fällt um 01:00 aus. Kubernetes markiert einen stummen Knoten nach etwa 50 s als NotReady.
story-surprises-eviction-notes = DefaultTolerationSeconds fügt jedem Pod `node.kubernetes.io/unreachable` mit tolerationSeconds 300 hinzu. Pro Pod herabsetzen beschleunigt das Failover; mehr Replikate sind die bessere Lösung.
story-surprises-eviction-question = Der Knoten mit dem einzigen Backend-Pod fällt aus. Was passiert auf Kubernetes mit dem Backend?
story-surprises-eviction-after-title = Die Eviction wartet fünf Minuten
story-surprises-eviction-after = Auf Kubernetes folgen Eviction und Ersatz des Pods erst nach der Toleration von 300 s: etwa sechs Minuten ohne Backend.
story-surprises-statefulset-title = Der Knoten der Datenbank fällt aus
story-surprises-statefulset-narration = Der Knoten mit postgres-0, dem einzigen PostgreSQL-Pod von FeastFlow (ein StatefulSet), fällt um 01:00 aus. Swarm daneben betreibt dieselbe Datenbank auf einem lokalen Volume.
story-surprises-statefulset-notes = Die Garantie „höchstens einer“ schützt die Daten. Der Admin löscht den Pod nach 15 Minuten zwangsweise (Reaktion in Rufbereitschaft); das ReadWriteOnce-Volume wird dann nach maxWaitForUnmountDuration, 6 Minuten, zwangsweise getrennt. Der Scheduler von Swarm weiß nicht, wo die Daten eines lokalen Volumes liegen: Nur eine Platzierungsregel (`node.hostname == node-1`, in Hafen eine Bindung mit `node:`) lässt den Task stattdessen auf seinen Knoten warten.
story-surprises-statefulset-question = Der Knoten mit PostgreSQL (einem StatefulSet) fällt aus. Was passiert auf Kubernetes mit postgres?
story-surprises-statefulset-after-title = Ein StatefulSet-Pod wird nicht ersetzt
story-surprises-statefulset-after = Nach fünf Minuten wird der Pod zum Löschen markiert, bleibt aber Terminating: Ein StatefulSet startet nie ein zweites postgres-0, solange das erste laufen könnte. Der Admin löscht ihn um 16:00 zwangsweise, das Volume wird 6 Minuten später getrennt. Swarm startet postgres binnen einer Minute anderswo, auf einem leeren Volume: Die Daten bleiben auf dem toten Knoten (auf beiden Plattformen Down bzw. NotReady).
story-surprises-slow-starter-title = Ein langsamer Starter stürzt einmal ab
story-surprises-slow-starter-narration = Dieses Backend braucht 60 s zum Starten, und seine Liveness-Probe behält die Standardwerte von Kubernetes: Sie prüft ab dem Start alle 10 s und erlaubt 3 Fehlschläge. Um 01:00 stürzt es einmal ab.
story-surprises-slow-starter-notes = Die Lösung ist eine startupProbe (oder initialDelaySeconds), die länger ist als der Start. Das Back-off verdoppelt sich von 10 s bis zu 5 Minuten.
story-surprises-slow-starter-question = Ein Backend, das 60 s zum Starten braucht, stürzt einmal ab. Seine Liveness-Probe nutzt die Standardwerte von Kubernetes. Was passiert mit ihm?
story-surprises-slow-starter-after-title = Ein langsamer Starter startet nie
story-surprises-slow-starter-after = Das Kubelet beendet es jeweils 30 s nach dem Start, immer wieder: CrashLoopBackOff. Auf Swarm erlaubt der HEALTHCHECK 3 × 30 s, also startet es.
story-surprises-hung-title = Das Backend hängt
story-surprises-hung-narration = Um 01:00 antwortet das Backend nicht mehr, sein Prozess läuft aber weiter. Auf Compose prüft es ein HEALTHCHECK alle 30 s, auf Kubernetes prüfen es Readiness- und Liveness-Probe alle 10 s.
story-surprises-hung-notes = Nur Swarm (und Kubernetes) reagieren auf den Zustand; reines Docker braucht etwas wie autoheal oder einen Admin.
story-surprises-hung-question = Das Backend hängt auf Compose; sein HEALTHCHECK schlägt fehl. Was passiert mit ihm?
story-surprises-hung-after-title = Docker erkennt einen hängenden Container, startet ihn aber nicht neu
story-surprises-hung-after = Docker markiert den Container nach drei fehlgeschlagenen Prüfungen als unhealthy, und das ist alles: Keine Restart-Policy reagiert auf den Health-Status. Er hängt, bis der Admin ihn neu startet. Auf Kubernetes nimmt die Readiness-Probe den Pod nach drei fehlgeschlagenen Prüfungen aus den Endpunkten, und die Liveness-Probe startet ihn neu; bis dahin schlagen Anfragen an ihn fehl.
story-surprises-no-rebalance-title = node-2 kommt zurück
story-surprises-no-rebalance-narration = node-2 fällt um 01:00 aus, und Swarm verlegt seine Tasks auf die anderen Knoten. Um 03:00 ist node-2 zurück.
story-surprises-no-rebalance-notes = `docker service update --force` verteilt die Tasks eines Service neu. Auch Kubernetes verlegt Pods nach einer Eviction nicht zurück (das tun der Descheduler oder ein Rollout-Restart); hier kommt node-2 vor der 5-minütigen Eviction zurück, also starten seine eigenen Pods dort einfach wieder.
story-surprises-no-rebalance-question = node-2 kommt zwei Minuten nach seinem Ausfall zurück. Was macht Swarm mit ihm?
story-surprises-no-rebalance-after-title = Swarm verteilt nicht neu
story-surprises-no-rebalance-after = Swarm platziert nur neue Tasks und verlegt laufende nie zurück: node-2 bleibt ohne Tasks. Auf Kubernetes kommt node-2 vor der Eviction nach 5 Minuten zurück, also starten seine eigenen Pods dort wieder.

## Geschichten und Fragen

story-title-feastflow = FeastFlow: Compose oder Kubernetes
story-title-quantum-trader = Quantum Trader: Brauchen wir schon Kubernetes?
story-title-aima = AIMA: welchen Aufwand jede Plattform kostet
story-title-surprises = Die Überraschungen
story-title-other = Geschichte
story-what-happens = Was passiert?
story-whole-title = Der ganze Lauf
story-whole-quiet = Es ist nichts geplant: die Anwendung, wie sie läuft. In der App einen Knoten ausfallen oder einen Service abstürzen lassen, um mehr zu sehen.
story-whole-event = { $at }: { $fault }.
story-whole-more = Danach { $count } weitere Ereignisse.
outcome-unaffected = Nichts passiert
outcome-others-kept-serving = Die anderen Replikate antworten weiter; keine Anfrage schlägt fehl
outcome-some-requests-failed = Es bleibt erreichbar, aber einige Anfragen schlagen fehl
outcome-healed-by-itself = Es fällt aus, dann holt die Plattform es von selbst zurück
outcome-back-without-its-data = Es kommt von selbst auf einem anderen Knoten zurück, ohne seine Daten
outcome-down-while-changed = Es ist aus, solange die Änderung läuft
outcome-down-until-someone-acts = Es ist aus, bis jemand eingreift
outcome-not-back = Es kommt nicht von selbst zurück
outcome-node-used-again = Tasks ziehen wieder auf ihn um
outcome-node-stays-empty = Er bleibt leer
story-target = { $name } auf { $platform }

## Das Glossar: jeder Begriff, wie die Sprache ihn schreibt, die markierten Schreibweisen (getrennt durch |), was er bedeutet und wo er dokumentiert ist

glossary-not-ready = NotReady
glossary-not-ready-matches = NotReady
glossary-not-ready-explanation = Das Urteil des Node-Controllers über einen Knoten, dessen Kubelet während der Grace Period (50 s ab Kubernetes 1.32) keinen Status gesendet hat. Seine Pods verlassen die Endpunkte des Service; verlegt werden sie noch nicht.
glossary-not-ready-source = Kubernetes-Dokumentation, Nodes: node status and heartbeats; kube-controller-manager --node-monitor-grace-period
glossary-eviction = Eviction
glossary-eviction-matches = Eviction
glossary-eviction-explanation = Das Löschen der Pods eines Knotens, der unerreichbar bleibt, sobald ihre Toleration abgelaufen ist, damit ihre Controller anderswo Ersatz anlegen.
glossary-eviction-source = Kubernetes-Dokumentation, Taint-based evictions
glossary-toleration = Toleration
glossary-toleration-matches = tolerationSeconds|Toleration
glossary-toleration-explanation = Wie lange ein Pod an einen Knoten mit dem Taint not-ready oder unreachable gebunden bleibt: 300 s, wenn der Pod nichts anderes sagt, eingetragen vom Admission-Plugin DefaultTolerationSeconds.
glossary-toleration-source = Kubernetes-Dokumentation, Taints and Tolerations; DefaultTolerationSeconds admission plugin
glossary-crash-loop = CrashLoopBackOff
glossary-crash-loop-matches = CrashLoopBackOff
glossary-crash-loop-explanation = Ein Container, der sich immer wieder beendet, wird nach einer wachsenden Pause neu gestartet: 10 s, verdoppelt bis höchstens 5 Minuten, zurückgesetzt nach 10 Minuten Laufzeit.
glossary-crash-loop-source = Kubernetes-Dokumentation, Pod lifecycle: container restart policy
glossary-readiness = Readiness-Probe
glossary-readiness-matches = Readiness-Probe|Readiness-Probes
glossary-readiness-explanation = Eine Prüfung, die das Kubelet an einem Container ausführt: Solange sie fehlschlägt, ist der Pod nicht in den Endpunkten seines Service und bekommt keine Anfragen. Sie startet nie etwas neu.
glossary-readiness-source = Kubernetes-Dokumentation, Liveness, Readiness and Startup Probes
glossary-liveness = Liveness-Probe
glossary-liveness-matches = Liveness-Probe|Liveness-Probes
glossary-liveness-explanation = Eine Prüfung, die das Kubelet an einem Container ausführt: Nach failureThreshold Fehlschlägen in Folge (standardmäßig 3, alle 10 s) wird der Container beendet und neu gestartet.
glossary-liveness-source = Kubernetes-Dokumentation, Liveness, Readiness and Startup Probes
glossary-endpoints = Endpunkte
glossary-endpoints-matches = Endpunkten|Endpunkte
glossary-endpoints-explanation = Die Adressen der bereiten Pods hinter einem Service (EndpointSlices); kube-proxy schickt die Anfragen an den Service nur an sie.
glossary-endpoints-source = Kubernetes-Dokumentation, EndpointSlices
glossary-statefulset = StatefulSet
glossary-statefulset-matches = StatefulSet
glossary-statefulset-explanation = Ein Controller für Pods mit festem Namen und eigenem Volume (postgres-0). Er betreibt nie zwei Pods mit demselben Namen und ersetzt daher keinen auf einem unerreichbaren Knoten, bis der Knoten bestätigt, dass er gestoppt ist, oder jemand ihn zwangsweise löscht.
glossary-statefulset-source = Kubernetes-Dokumentation, StatefulSets: pod identity; Force Delete StatefulSet Pods
glossary-rwo = ReadWriteOnce
glossary-rwo-matches = ReadWriteOnce
glossary-rwo-explanation = Ein Zugriffsmodus für Volumes: Das Volume hängt jeweils an einem Knoten. Fällt der Knoten aus, wird es erst nach 6 Minuten zwangsweise getrennt (maxWaitForUnmountDuration).
glossary-rwo-source = Kubernetes-Dokumentation, Persistent Volumes: access modes; attach/detach controller
glossary-quorum = Quorum
glossary-quorum-matches = Quorum
glossary-quorum-explanation = Eine Mehrheit der Manager, (N/2)+1 von N. Ohne sie ändert ein Swarm (oder etcd unter Kubernetes) nichts: Laufende Tasks laufen weiter, nichts wird neu eingeplant.
glossary-quorum-source = Docker-Dokumentation, Administer and maintain a swarm: maintain the quorum of managers
glossary-restart-policy = Restart-Policy
glossary-restart-policy-matches = Restart-Policy|Restart-Policies|restart: no|restart: unless-stopped
glossary-restart-policy-explanation = Was Docker tut, wenn sich der Prozess eines Containers beendet: `no` (der Standard) nichts, `on-failure`, `always` oder `unless-stopped` starten ihn nach einer Pause ab 100 ms neu, die sich verdoppelt. Docker startet einen Container nie neu, weil er unhealthy ist.
glossary-restart-policy-source = Docker-Dokumentation, Start containers automatically (restart policies)
glossary-healthcheck = HEALTHCHECK
glossary-healthcheck-matches = HEALTHCHECK
glossary-healthcheck-explanation = Ein Befehl, den Docker in einem Container ausführt (standardmäßig alle 30 s, 3 Fehlschläge), um ihn als healthy oder unhealthy zu markieren. Swarm ersetzt einen unhealthy Task; reines Docker meldet es nur.
glossary-healthcheck-source = Dockerfile-Referenz, HEALTHCHECK; Docker Swarm services
glossary-source-line = { " " }Quelle: { $source }.

## Die Befehle des Admins

command-step-image-tag = das Image-Tag des Service in docker-compose.yml auf { $version } setzen, dann
command-step-config = die Einstellung in docker-compose.yml oder .env ändern, dann
command-step-power-on-host = den Host wieder einschalten (oder ersetzen); Container ohne Restart-Policy brauchen danach
command-step-grow-volume = das Volume mit den Speicherwerkzeugen des Hosts auf { $gib } GiB vergrößern (Docker kann es nicht), davor und danach
healer-restart-policy = heilt von selbst: Docker startet den Container neu (restart: { $policy }), mit seinem Back-off
healer-swarm-orchestrator = heilt von selbst: Der Orchestrator von Swarm startet einen Ersatz-Task
healer-swarm-orchestrator-data-left = heilt von selbst: Der Orchestrator von Swarm startet Ersatz-Tasks auf anderen Knoten, { $services } mit einem neuen, leeren Volume: Seine Daten bleiben auf dem ausgefallenen Knoten (mit einer Platzierungsregel wartet er stattdessen auf seinen Knoten)
healer-kubelet = heilt von selbst: Das Kubelet startet den Container neu (CrashLoopBackOff zwischen den Versuchen)
healer-liveness = heilt von selbst: Die Liveness-Probe schlägt fehl, und das Kubelet startet den Container neu
healer-swarm-healthcheck = heilt von selbst: Der HEALTHCHECK markiert den Task als unhealthy, und Swarm ersetzt ihn
healer-eviction = heilt von selbst: NotReady nach der Grace Period, Eviction der Pods nach tolerationSeconds, die ReplicaSets ersetzen sie
healer-autoscaler = heilt von selbst: Der HorizontalPodAutoscaler fügt Replikate hinzu, wenn die CPU-Last steigt
healer-rejoins = nichts zu tun: Der Knoten wird Ready und nimmt neue Pods an (laufende Pods werden nicht zurückverlegt)
command-missing-one-host = keine Entsprechung: ein Host; Wartung bedeutet Ausfall
command-missing-no-zones = keine Zonen: ein Host

## Die Befehlsansicht

commands-copied = Kopiert
commands-select = Markieren und kopieren
commands-first = Zuerst { $step }:
commands-action = Aktion
commands-aria = Die Befehle des Admins
commands-heading = Was ein Admin eintippt
commands-note = Für jede Aktion auf der Zeitachse die Befehle auf jeder Plattform, mit den Namen der exportierten Dateien (Projekt, Stack und Namespace „{ $name }“). Wo eine Plattform sich selbst heilt, steht, wodurch.
commands-none = Noch keine Aktionen auf der Zeitachse: einen Fehler auslösen (Ausfall, Absturz, Deployment …), um zu sehen, was jede Plattform braucht.
commands-drain = Wartung: { $node } leeren (drain)
operator-nothing-to-type = Admin: nichts einzutippen ({ $healed ->
        [one] 1 Aktion heilt von selbst
        *[other] { $healed } Aktionen heilen von selbst
    })
operator-commands = Admin: Befehle für { $typed ->
        [one] 1 Aktion
        *[other] { $typed } Aktionen
    }
operator-commands-and-healed = Admin: Befehle für { $typed ->
        [one] 1 Aktion
        *[other] { $typed } Aktionen
    }, { $healed ->
        [one] 1 heilt von selbst
        *[other] { $healed } heilen von selbst
    }

## Die Fragekarte

question-right = Richtig:
question-not-quite = Nicht ganz:
question-what-happened = Was passiert ist:
question-answer = { $outcome }.
question-you-said = Ihre Antwort: { $outcome }
question-aria = Erst vorhersagen, dann zusehen
question-hint = Wählen (1–{ $count } oder klicken), dann zusehen. → spielt ohne Wahl ab.
question-watch = Zusehen …

## Der Präsentationsmodus

present-estimating = Kosten und Verfügbarkeit werden geschätzt …
present-last-time = Letztes Mal in diesem Browser: { $right } von { $asked }.
present-the-end = Ende
present-score = Sie haben { $right } von { $asked ->
        [one] 1 Ausgang
        *[other] { $asked } Ausgängen
    } so vorhergesagt, wie sich die Plattformen verhalten.
present-no-answers = Diesmal wurde keine Frage beantwortet. ← geht zurück, Esc beendet.
present-kept-here = Nur in diesem Browser gespeichert.
present-score-line = Ihre Vorhersage: { $chosen } · die Simulation: { $answer }
present-score-none = nicht beantwortet
present-restart = Von vorn beginnen, bei Schritt 1 (Antworten gelöscht)
present-step-of = Schritt { $step } von { $steps }
present-esc-again = Noch einmal Esc beendet die Präsentation
present-aria = Präsentation
present-back-title = Zurück (←, Bild ↑)
present-next-title = Weiter (→, Bild ↓, Leertaste; ein Schritt, der noch läuft, wird zuerst bis zu seinem Ende abgespielt)
present-hold-title = Anhalten (K oder die Starttaste des Presenters: F5; R spielt den Schritt noch einmal ab)
present-play-title = Abspielen (K, F5; ein abgespielter Schritt: noch einmal; R von vorn)
present-full = Vollbild
present-full-title = Vollbild (F)
present-notes = Notizen
present-notes-title = Sprechernotizen in einem zweiten Fenster (S)
present-leave-title = Beenden (Esc)
present-blackout = Bildschirm abgedunkelt (B)

## Die Sprechernotizen

notes-clock = { $now } · { $since } seit dem Öffnen der Notizen
notes-expected = { $target }: { $outcome }
notes-the-end = — Ende: die Punktzahl
notes-asks = Fragt:
notes-will-show = Die Simulation wird zeigen:
notes-on-screen = Auf dem Bildschirm:
notes-after-play = Nach dem Abspielen:
notes-next = Als Nächstes:
notes-waiting = Warte auf das Präsentationsfenster (derselbe Browser, dieselbe Adresse) …
notes-blackout = Der Bildschirm der Präsentation ist abgedunkelt (B schaltet ihn wieder ein).
notes-gone = Das Präsentationsfenster ist nicht mehr da (geschlossen, neu geladen oder verlassen). Öffnen Sie es wieder: Die Notizen folgen ihm.
notes-back = ← Zurück
notes-forward = Weiter →

## Monte Carlo

mc-node-interval = das Ausfallintervall der Knoten: { $why } h
mc-replica-interval = das Ausfallintervall der Replikate: { $why } h
mc-hang-interval = das Hängerintervall der Replikate: { $why } h
mc-too-many-failures = bei diesen Raten hat ein Jahr etwa { $failures } Ausfälle auf { $platform }; Monte Carlo simuliert höchstens { $most } pro Jahr: Ausfälle seltener machen
mc-heading = Monte Carlo: viele simulierte Jahre
mc-note = Jedes Jahr zieht Knotenausfälle, Abstürze und Hänger von Replikaten zufällig aus den Raten oben und lässt die Simulation sie durchlaufen (der Admin repariert nach der Reaktionszeit); die Deployments des Jahres kosten, was das simulierte Deployment kostet.
mc-run = { $years } Jahre pro Plattform simulieren
mc-cancel = Abbrechen
mc-progress-aria = Fortschritt von Monte Carlo
mc-progress = { $done } von { $years }
mc-not-run = Nicht gelaufen: { $why }
mc-running-capped = { $done } von { $years } Jahren (das Maximum bei diesen Ausfallraten) …
mc-running = { $done } von { $years } Jahren …
mc-cancelled = abgebrochen nach { $done } Jahren
mc-stale = fertig; das Diagramm oder die Ausfallraten haben sich seitdem geändert: erneut starten
mc-done-capped = { $done } Jahre fertig (das Maximum bei diesen Ausfallraten)
mc-done = { $done } Jahre fertig
mc-caption = Jährliche Ausfallzeit, die Nutzer sehen
mc-median = Median
mc-p95 = 95. Perzentil
mc-years = Jahre

## Die geltenden Zeiten: was jede steuert und wo ihr Standardwert dokumentiert ist

timing-probe-period = Probe-Intervall (periodSeconds)
timing-probe-period-source = core/v1 Probe API-Dokumentation
timing-crashloop-initial = erste Verzögerung bei CrashLoopBackOff (dann verdoppelt)
timing-crashloop-initial-source = pkg/kubelet backOffPeriod
timing-crashloop-max = Obergrenze von CrashLoopBackOff
timing-crashloop-max-source = pkg/kubelet MaxContainerBackOff
timing-crashloop-reset = CrashLoopBackOff vergessen, wenn ein Absturz so lange nach dem letzten Neustart kommt
timing-crashloop-reset-source = client-go flowcontrol backoff.go (2 × die Obergrenze)
timing-node-status-update = Status-Update des Kubelets
timing-node-status-update-source = kubelet nodeStatusUpdateFrequency
timing-node-monitor-period = Prüfung durch den Node-Controller (--node-monitor-period)
timing-node-monitor-period-source = Flags des kube-controller-manager
timing-node-monitor-grace = Knoten NotReady nach Stille (--node-monitor-grace-period)
timing-node-monitor-grace-source = Flags des kube-controller-manager; 40 s bis 1.31, 50 s ab 1.32
timing-not-ready-toleration = Eviction von einem NotReady-Knoten (tolerationSeconds)
timing-not-ready-toleration-source = DefaultTolerationSeconds Admission-Plugin
timing-max-wait-for-unmount = zwangsweises Trennen eines RWO-Volumes (maxWaitForUnmountDuration)
timing-max-wait-for-unmount-source = pkg/controller/volume/attachdetach
timing-image-pull = Image-Pull (Annahme: Image im Cache)
timing-image-pull-source = kein Standardwert: eine Annahme
timing-probe-timeout = Probe-Timeout (timeoutSeconds)
timing-probe-timeout-source = core/v1 Probe API-Dokumentation
timing-probe-initial-delay = initialDelaySeconds der Probe (eine Liveness-Probe beendet einen langsamen Starter, außer sie ist verzögert oder steht hinter einer startupProbe)
timing-probe-initial-delay-source = core/v1 Probe API-Dokumentation; pkg/kubelet/prober/worker.go
timing-probe-failure-threshold = failureThreshold der Probe
timing-probe-failure-threshold-source = core/v1 Probe API-Dokumentation
timing-termination-grace = terminationGracePeriodSeconds
timing-termination-grace-source = core/v1 PodSpec-Dokumentation
timing-max-surge-percent = Rolling Update maxSurge
timing-max-surge-percent-source = apps/v1 RollingUpdateDeployment-Dokumentation
timing-max-unavailable-percent = Rolling Update maxUnavailable
timing-max-unavailable-percent-source = apps/v1 RollingUpdateDeployment-Dokumentation
timing-progress-deadline = progressDeadlineSeconds
timing-progress-deadline-source = apps/v1 DeploymentSpec-Dokumentation
timing-hpa-sync = Abgleichintervall des HPA
timing-hpa-sync-source = Flags des kube-controller-manager
timing-hpa-tolerance-percent = Toleranz des HPA
timing-hpa-tolerance-percent-source = HPA-Dokumentation
timing-hpa-scale-up-pods = HPA mit behavior: Scale-up-Policy, Pods pro 15 s
timing-hpa-scale-up-pods-source = autoscaling/v2 defaults.go
timing-hpa-scale-up-percent = HPA mit behavior: Scale-up-Policy, Prozent pro 15 s (der größere der beiden Werte gilt; ohne behavior: max(2 × aktuell, 4))
timing-hpa-scale-up-percent-source = autoscaling/v2 defaults.go; podautoscaler horizontal.go
timing-hpa-scale-down-window = Stabilisierungsfenster des HPA beim Herunterskalieren
timing-hpa-scale-down-window-source = Flags des kube-controller-manager; podautoscaler horizontal.go
timing-hpa-cpu-initialization-period = CPU-Initialisierungszeit des HPA
timing-hpa-cpu-initialization-period-source = Flags des kube-controller-manager; podautoscaler replica_calculator.go
timing-metrics-resolution = Abruf durch metrics-server (--metric-resolution; der HPA liest den neuesten Wert)
timing-metrics-resolution-source = veröffentlichtes Manifest von metrics-server (Standard des Programms: 60 s); kubernetes PR 117121
timing-endpoint-propagation = Endpunkt eines gelöschten Pods bekommt noch Anfragen (Näherung)
timing-endpoint-propagation-source = kube-proxy --iptables-min-sync-period Standard 1 s; Dokumentation Pod Lifecycle
timing-healthcheck-interval = HEALTHCHECK-Intervall
timing-healthcheck-interval-source = Dockerfile-Referenz
timing-healthcheck-timeout = HEALTHCHECK-Timeout
timing-healthcheck-timeout-source = Dockerfile-Referenz
timing-healthcheck-retries = HEALTHCHECK-Wiederholungen
timing-healthcheck-retries-source = Dockerfile-Referenz
timing-healthcheck-start-period = HEALTHCHECK-Startphase (Fehlschläge darin zählen nicht)
timing-healthcheck-start-period-source = Dockerfile-Referenz; moby daemon/health.go
timing-healthcheck-start-interval = HEALTHCHECK-Startintervall (Prüfungen während der Startphase)
timing-healthcheck-start-interval-source = Dockerfile-Referenz; moby daemon/health.go
timing-docker-stop-grace = Frist von docker stop vor SIGKILL
timing-docker-stop-grace-source = Referenz zu docker stop
timing-manual-volume-resize = Volume von Hand auf einem Host vergrößern (Annahme)
timing-manual-volume-resize-source = kein Standardwert: eine Annahme
timing-docker-restart-initial = erste Verzögerung der Restart-Policy (dann verdoppelt)
timing-docker-restart-initial-source = moby restartmanager
timing-docker-restart-max = Obergrenze der Neustartverzögerung
timing-docker-restart-max-source = moby restartmanager
timing-docker-restart-reset-after = Neustartverzögerung wird nach dieser Laufzeit zurückgesetzt
timing-docker-restart-reset-after-source = moby restartmanager
timing-swarm-heartbeat = Heartbeat des Dispatchers
timing-swarm-heartbeat-source = Referenz zu docker swarm init
timing-swarm-restart-delay = Neustartverzögerung eines Tasks
timing-swarm-restart-delay-source = Referenz zu docker service create
timing-swarm-update-monitor = Update-Überwachung: Schlägt ein neuer Task in diesem Fenster fehl, pausiert das Update
timing-swarm-update-monitor-source = Referenz zu docker service create; swarmkit update/updater.go
timing-swarm-heartbeat-grace = verpasste Heartbeats, bis ein Knoten als ausgefallen gilt
timing-swarm-heartbeat-grace-source = swarmkit dispatcher GracePeriodMultiplier
timing-gossip-probe-interval = Probe-Intervall der Gossip-Schicht (das Routing Mesh nimmt die Tasks eines toten Knotens heraus)
timing-gossip-probe-interval-source = moby networkdb: memberlist DefaultLANConfig
timing-gossip-suspicion-mult = Gossip-Verdacht: tot nach so vielen Probe-Intervallen × max(1, log10 Knoten)
timing-gossip-suspicion-mult-source = memberlist DefaultLANConfig SuspicionMult
timing-operator-reaction = Admin bemerkt es und greift ein
timing-operator-reaction-source = Produkteinstellung (Vorgaben: 15 min, 4 h, 48 h), kein Standardwert einer Plattform
timings-heading = Geltende Zeiten und woher sie stammen
timings-system = System
timings-mechanism = Mechanismus
timings-value = Wert
timings-source = Quelle
timings-version = { $value } (v{ $version })
system-people = Menschen

## Kleines rund um die Seite

toast-removed = { $what } entfernt
toast-undo = Rückgängig
embed-open = In Hafen öffnen ↗
app-estimating = Kosten und Verfügbarkeit werden geschätzt: zwei simulierte Ausfälle pro Service auf jeder Plattform …
app-skip = Zur Zeitachse springen (Abspielen)
app-footer = Jede Zeit ist der dokumentierte Standardwert von Kubernetes, Docker und Docker Swarm (siehe Zeiten, mit Quellen); Startzeiten, Kapazitäten und Requests sind Eigenschaften der Beispielanwendung; die Reaktionszeit des Admins ist eine Einstellung. Nichts verlässt Ihren Browser.
panic-banner = Hafen ist auf einen internen Fehler gestoßen und reagiert nicht mehr. Die Seite neu laden, um neu zu beginnen. Bitte melden Sie, was Sie getan haben, und die Details unten. Details:

## Die Dateiansicht

files-stack = Swarm-Stack-Datei
files-kubernetes = Kubernetes-Manifeste
files-copied = Kopiert.
files-clipboard-refused = Der Browser hat die Zwischenablage verweigert: den Text markieren und kopieren.
files-not-saved = Nicht gespeichert: { $why }.
files-aria = Dateien für Compose, Swarm und Kubernetes
files-heading = Auf die echten Plattformen bringen
files-note = Diese Anwendung als Dateien, die die echten Werkzeuge annehmen (in Hafens Tests mit docker-compose und kubernetes-validate geprüft). Jeder Service läuft mit seinem Image (im Inspektor gesetzt; ein fehlendes ist ein Platzhalter), und Healthchecks führen `true` aus: Hafen kennt Zeiten, nicht Ihre Prüfungen. Der Import der Compose-Datei ergibt wieder diese Anwendung.
files-group = Datei
files-writing = Datei wird geschrieben …

## Einfügen

file-pasted = eingefügter Text

## Anmerkungen in den Befehlszeilen

remark-roll-back = zurückrollen: das vorherige Tag wieder setzen, dann: { $command }
remark-volume-expansion = die StorageClass muss das Vergrößern von Volumes erlauben
remark-spread-again = die Tasks wieder auf { $node } verteilen
remark-afterwards = danach
remark-stateful-waits = Deployments heilen von selbst (Eviction nach tolerationSeconds, dann ersetzt); der Pod eines StatefulSets auf dem toten Knoten wartet auf Sie:

## Preistabellen: ihre Namen und woher ihre Zahlen stammen

price-design-docs = Zahlen der Designdokumente (EUR)
price-hetzner = Hetzner Cloud, selbst betriebenes k3s (EUR)
price-aws-eks = AWS mit EKS (USD)
price-gke = Google GKE, regional (USD)
price-aks = Azure AKS, Free-Tarif (USD)
price-digitalocean = DigitalOcean DOKS, hochverfügbare Control Plane (USD)
price-design-docs-source = prices.md, Designdokumente (norwegische Kubernetes-Bewertung): 1 VPS 20 EUR; 3 VPS (Control Plane + 2 Worker) 60–100 EUR, also 20–33,33 EUR pro VPS; Load Balancer 10–20 EUR; Speicher (PV) 10–20 EUR
price-hetzner-source = prices.md: Hetzner Cloud cx23 0,006 EUR/h, cx33 ~8, cx43 ~15 EUR/Monat, LB11 ~6 EUR/Monat (Preise zum 1. April 2026 erhöht)
price-aws-eks-source = prices.md: EKS 0,10 USD pro Cluster-Stunde (~73 USD/Monat); EC2 t3.medium ~30 USD/Monat On-Demand
price-gke-source = prices.md: GKE 0,10 USD pro Cluster-Stunde (~74,40 USD/Monat; ein zonaler Cluster ist durch das monatliche Guthaben gedeckt, ein regionaler nicht); e2-medium ~25–27 USD/Monat
price-aks-source = prices.md: Der Free-Tarif von AKS hat keine Gebühr und keine Verfügbarkeits-SLA (der Preis des Standard-Tarifs steht nicht in der Tabelle); B2s ~30–34 USD/Monat
price-digitalocean-source = prices.md: DOKS-Control-Plane kostenlos, hochverfügbare Control Plane 40 USD/Monat; Knotenpreise stehen nicht in der Tabelle (bitte eintragen)

## Die Seite

page-title = Hafen – Compose oder Kubernetes?
# The page before the app starts: Fluent terms (-name), which the app does not read; the build
# writes them into index.html (scripts/languages.mjs).
-page-loading = Hafen wird geladen …
-page-noscript = Hafen läuft vollständig im Browser und braucht JavaScript und WebAssembly.

## Die Einbettung erzählt eine Geschichte

embed-story = { $story } · { $step }: { $title }
