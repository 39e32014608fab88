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
cause-task-lost-with-node = { $rep } ist mit { $node } verloren

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

cause-unschedulable = Pending: kein bereiter Knoten hat { $cpu } m CPU und { $memory } MiB Speicher frei
cause-unschedulable-pinned = (fest an { $node } gebunden)
cause-unschedulable-gpu = und eine GPU
cause-unschedulable-volume = ; er muss auf { $node } laufen, wo sein lokales Volume liegt (Swarm-Volumes sind knotenlokal)
cause-unschedulable-ready = ; { $ready } von { $nodes } Knoten bereit

cause-ignored-kill-no-such-node = { $node } ausschalten: kein solcher laufender Knoten
cause-ignored-kill-no-node-running = den Knoten mit { $service } ausschalten: kein solcher laufender Knoten
cause-ignored-restore-no-such-node = { $node } wiederherstellen: kein solcher Knoten
cause-ignored-crash-nothing-running = { $service } abstürzen lassen: kein Replikat von { $service } läuft
cause-ignored-hang-nothing-running = { $service } hängen lassen: kein Replikat von { $service } läuft
cause-ignored-already-down = { $node } ist bereits ausgefallen
cause-ignored-already-up = { $node } läuft bereits

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready-Pods) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } Pods) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } Pods, { $unready } nicht Ready mit 0 %) = { $n }

cause-release-new = Release { $version } von { $service }: `{ $command }`
cause-release-rollback = Rollback von { $service } auf { $version }: `{ $command }`
cause-release-config = Konfigurationsänderung von { $service }: `{ $command }`
cause-strategy-compose = stoppt die alten Container und startet dann neue: dazwischen antwortet kein Replikat
cause-strategy-swarm = Rolling Update, ein Task nach dem anderen, stop-first, Pause bei Fehlern
cause-strategy-rolling = Rolling Update: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), neue Pods bekommen erst Traffic, wenn sie Ready sind
cause-strategy-statefulset = Rolling Update des StatefulSets, ein Pod nach dem anderen ab der höchsten Ordinalzahl

cause-trace-cut = Protokoll nach { $max } Einträgen gekürzt; Ausfallzeit und Anfragezahlen gelten weiter für den ganzen Lauf
cause-run-stopped = Lauf bei { $at } nach { $events } Engine-Ereignissen angehalten: Szenario oder Fehlerschleife kürzen
cause-service-down = { $service } ausgefallen: kein Replikat kann antworten
cause-service-up = { $service } antwortet wieder ({ $answering ->
        [one] ein Replikat antwortet
       *[other] { $answering } Replikate antworten
    })
cause-scheduled = { $created }; { $rep } auf { $node }
cause-scheduled-spread = { $created }; { $rep } auf { $node } (verteilt, meiste freie Ressourcen)
cause-scheduled-now-fits = { $rep }: auf { $node } eingeplant, jetzt, wo er passt
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
cause-crash = { $rep }: der Prozess beendet sich (Absturz)
cause-traffic = Traffic auf { $entry } ändert sich von { $from } auf { $to } Anfragen/s
cause-container-started = { $rep }: Container gestartet ({ $version }); die Anwendung braucht { $startup } zum Starten
cause-broken-release = { $rep }: Release { $version } ist fehlerhaft und beendet sich direkt nach dem Start
cause-app-answers = { $rep }: die Anwendung beantwortet Anfragen
cause-app-up-waiting-readiness = { $rep }: die Anwendung antwortet; wartet auf die nächste Readiness-Probe
cause-app-up-waiting-healthcheck = { $rep }: die Anwendung antwortet; wartet auf den nächsten Healthcheck
cause-startup-passed-ready = { $rep }: Startup-Probe bestanden; Ready, in den Endpunkten des Service
cause-readiness-passed = { $rep }: Readiness-Probe bestanden; Ready, in den Endpunkten des Service (Probe alle { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: Healthcheck bestanden; der Task läuft und ist im Routing Mesh (HEALTHCHECK alle { $period })
cause-hang = { $rep }: die Anwendung antwortet nicht mehr; ihr Prozess läuft weiter und wirkt daher lebendig
cause-kubelet-restarts-at-once = { $rep }: Container { $how }; der Pod ist nicht Ready und verlässt die Endpunkte des Service; das Kubelet startet ihn sofort neu (der erste Neustart hat kein Back-off)
cause-crash-loop-back-off = { $rep }: Container { $how }, schon wieder; CrashLoopBackOff: Neustart in { $delay } (das Back-off des Kubelets beginnt bei { $initial }, verdoppelt sich, höchstens { $max })
cause-startup-probe-failed = { $rep }: Startup-Probe { $threshold }-mal fehlgeschlagen (alle { $period }): die Anwendung braucht { $startup }, länger als die Startup-Probe erlaubt (failureThreshold × periodSeconds = { $allowed }); das Kubelet beendet sie und startet sie neu
cause-liveness-failed-while-starting = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Probe alle { $period } ab dem Start des Containers, initialDelaySeconds { $delay_seconds }): das Kubelet beendet sie und startet sie neu, sodass sie nie hochkommt. Eine startupProbe oder ein initialDelaySeconds, das länger ist als ihr Start, würde sie starten lassen
cause-liveness-failed-while-starting-delayed = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Probe alle { $period } ab { $delay } nach dem Start, initialDelaySeconds { $delay_seconds }): das Kubelet beendet sie und startet sie neu, sodass sie nie hochkommt. Eine startupProbe oder ein initialDelaySeconds, das länger ist als ihr Start, würde sie starten lassen
cause-readiness-failed = { $rep }: Readiness-Probe { $threshold }-mal fehlgeschlagen (alle { $period }, Timeout { $timeout }); NotReady, nicht mehr in den Endpunkten des Service
cause-liveness-failed = { $rep }: Liveness-Probe { $threshold }-mal fehlgeschlagen (alle { $period }); das Kubelet beendet den Container: der hängende Prozess ignoriert SIGTERM und wird nach terminationGracePeriodSeconds ({ $grace }) hart beendet
cause-no-restart-policy = { $rep }: Container { $how }; restart: { $policy } (Dockers Standard), also startet ihn niemand neu, bis ein Admin eingreift (Reaktionszeit { $reaction })
cause-docker-restarts = { $rep }: Container { $how }; restart: { $policy } startet ihn nach { $delay } neu (Dockers Neustartverzögerung beginnt bei { $initial }, verdoppelt sich, höchstens { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Prüfung alle { $interval }, Startphase { $start_period }): unhealthy; Swarm beendet den Task und startet einen neuen, der genauso langsam startet. Eine HEALTHCHECK-Startphase, die länger ist als ihr Start, würde sie starten lassen
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen, während die Anwendung noch startete (sie braucht { $startup }; Prüfung alle { $interval }, Startphase { $start_period }): unhealthy; Docker und Compose starten einen unhealthy Container nie neu, also startet er weiter und antwortet, sobald er läuft
cause-unhealthy-swarm = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen (Intervall { $interval }, Timeout { $timeout }): unhealthy; Swarm beendet den Task und ersetzt ihn
cause-unhealthy-compose = { $rep }: HEALTHCHECK { $retries }-mal fehlgeschlagen (Intervall { $interval }, Timeout { $timeout }): unhealthy; Docker und Compose starten einen unhealthy Container nie neu, also bekommt er weiter Anfragen, bis ein Admin eingreift
cause-update-paused = { $service }: der aktualisierte Task ist fehlgeschlagen; das Update pausiert (--update-failure-action pause)
cause-task-failed = { $failure }; Swarm startet nach { $delay } einen neuen Task für den Slot (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; kein Manager-Quorum, also ersetzt ihn nichts
cause-host-down = { $node } fällt aus: { $containers ->
        [one] sein Container ist
       *[other] alle { $containers } Container sind
    } ausgefallen, bis der Host zurück ist; Restart-Policies greifen nicht, solange er aus ist; ein Admin greift nach { $reaction } ein
cause-swarm-node-down = { $node } fällt aus: { $tasks ->
        [one] sein Task antwortet
       *[other] seine { $tasks } Tasks antworten
    } nicht mehr, aber das Routing Mesh schickt weiter Anfragen dorthin, bis die Gossip-Schicht den Knoten für tot erklärt (Sekunden), und die Manager planen erst nach { $grace } verpassten Heartbeats neu ein
cause-kube-node-down = { $node } fällt aus: { $pods ->
        [one] sein Pod antwortet
       *[other] seine { $pods } Pods antworten
    } nicht mehr, aber die Control Plane leitet weiter Anfragen dorthin, bis sie die Stille bemerkt
cause-swarm-node-noticed = { $node } ausgefallen: seit { $silent } kein Heartbeat ({ $missed } verpasste Heartbeats zu je { $heartbeat }); seine Tasks verlassen das Routing Mesh
cause-node-not-ready = { $node } NotReady: seit { $silent } kein Status (node-monitor-grace-period { $grace }, Kubernetes { $version }); seine Pods verlassen die Endpunkte des Service; Taint node.kubernetes.io/unreachable gesetzt, Eviction nach { $toleration } (tolerationSeconds)
cause-host-back = { $node } ist zurück; der Docker-Daemon startet jeden Container neu (Restart-Policies)
cause-host-back-some-unrestarted = { $node } ist zurück; der Daemon startet die Container mit Restart-Policy neu, und der Admin führt für den Rest `docker compose up -d` aus
cause-host-back-by-operator = der Admin holt { $node } nach { $reaction } zurück; der Docker-Daemon startet jeden Container neu (Restart-Policies)
cause-host-back-by-operator-some-unrestarted = der Admin holt { $node } nach { $reaction } zurück; der Daemon startet die Container mit Restart-Policy neu, und der Admin führt für den Rest `docker compose up -d` aus
cause-kubelet-back = { $node } ist zurück: das Kubelet startet und meldet seinen Status
cause-swarm-node-back = { $node } ist zurück; er sendet wieder Heartbeats
cause-swarm-node-back-by-operator = der Admin holt { $node } nach { $reaction } zurück: dort liegt das lokale Volume eines zustandsbehafteten Service; er sendet wieder Heartbeats
cause-pod-removed-confirmed = { $rep }: { $node } bestätigt, dass der Pod gestoppt ist; er wird entfernt
cause-old-task-shut-down = { $rep }: sein Slot läuft schon anderswo; der alte Task wird beendet
cause-node-ready-again-untainted = { $node } wieder Ready; Taint entfernt
cause-node-ready-again = { $node } wieder bereit
cause-pod-evicted-stateful = { $rep } nach { $toleration } auf dem unerreichbaren { $node } gelöscht (tolerationSeconds), bleibt aber Terminating: ein StatefulSet ersetzt einen Pod erst, wenn sein Knoten bestätigt, dass er gestoppt ist, oder jemand ihn mit Gewalt löscht
cause-pod-evicted = { $rep } verdrängt (Eviction): { $node } seit { $toleration } unerreichbar (tolerationSeconds); bleibt auf dem toten Knoten Terminating, das ReplicaSet ersetzt ihn
cause-mesh-removed = { $node } von der Gossip-Schicht für tot erklärt (memberlist: eine Probe alle { $probe_interval }, Suspicion-Timeout { $suspicion_mult } × max(1, log10 Knoten) Probe-Intervalle): das Routing Mesh schickt keine Anfragen mehr an { $tasks ->
        [one] seinen Task
       *[other] seine { $tasks } Tasks
    }; die Manager planen erst neu ein, wenn seine Heartbeats überfällig sind
cause-swarm-quorum-back = der Swarm hat wieder eine Mehrheit der Manager ({ $up } von { $managers }); der Orchestrator holt auf
cause-swarm-quorum-lost = der Swarm hat sein Manager-Quorum verloren: { $up } von { $managers } Managern laufen, { $needed } nötig; kein Task wird neu eingeplant oder neu gestartet, bis wieder eine Mehrheit da ist (laufende Tasks laufen weiter)
cause-etcd-quorum-lost = etcd hat sein Quorum verloren: { $up } von { $members } Control-Plane-Knoten laufen, { $needed } nötig; der API-Server antwortet nicht mehr: kein Knoten wird NotReady, nichts wird verdrängt, eingeplant oder skaliert, bis wieder eine Mehrheit da ist; laufende Pods laufen weiter, und Kubelets starten abgestürzte Container weiterhin neu
cause-etcd-quorum-back = etcd hat wieder eine Mehrheit ({ $up } von { $members }); die Controller holen auf
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: seine Entfernung aus den Endpunkten des Service hat kube-proxy erreicht ({ $propagation } nach dem Löschen); Anfragen, die in der Zwischenzeit an ihn gingen, schlugen fehl, weil er bei SIGTERM stoppte (keine preStop-Pause überbrückt die Verzögerung)
cause-rollout-complete-pods = { $service }: Rollout auf { $version } abgeschlossen ({ $pods } von { $pods } Pods Ready)
cause-rollout-complete = { $service }: Rollout auf { $version } abgeschlossen
cause-swarm-update-complete = { $service }: Service-Update auf { $version } abgeschlossen
cause-rollout-stalled = { $service }: der Rollout kam { $deadline } lang nicht voran (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes rollt nicht von selbst zurück
cause-volume-attached = { $rep }: Volume zwangsweise vom toten Knoten getrennt und hier eingebunden
cause-operator-force-deletes = der Admin löscht { $rep } nach { $reaction } mit Gewalt (kubectl delete pod --force --grace-period=0; Reaktionszeit des Admins)
cause-operator-rolls-back-compose = der Admin bemerkt das fehlerhafte Release nach { $reaction }, pinnt das vorherige Image und führt `docker compose up -d` aus (zurück auf { $previous })
cause-operator-rolls-back-swarm = der Admin bemerkt das fehlerhafte Release nach { $reaction } und führt `docker service rollback { $service }` aus (zurück auf { $previous })
cause-operator-rolls-back-kubernetes = der Admin bemerkt das fehlerhafte Release nach { $reaction } und führt `kubectl rollout undo { $service }` aus (zurück auf { $previous })
cause-operator-restarts = der Admin bemerkt es nach { $reaction } und führt { $command } aus
cause-operator-restarts-hung = der Admin bemerkt es nach { $reaction } und führt { $command } aus; der hängende Prozess ignoriert SIGTERM und wird nach { $grace } hart beendet
cause-compose-config-change = Konfigurationsänderung: .env bearbeiten, `docker compose restart`: alle Services starten gleichzeitig neu
cause-volume-expanded = { $service }: PersistentVolumeClaim im laufenden Betrieb auf { $gib } GiB vergrößert (StorageClass mit allowVolumeExpansion); kein Neustart
cause-volume-resized-by-hand = { $service }: Volume von Hand auf { $gib } GiB vergrößert: sichern, stoppen, vergrößern, neu starten, wiederherstellen (angenommen { $took }; kein Plattform-Standard)
cause-volume-restored = { $service }: Volume vergrößert und Daten wiederhergestellt; startet wieder
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` schlägt fehl: Replikate können sich keinen veröffentlichten Host-Port teilen; zuerst braucht es einen Reverse Proxy
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; der Autoscaler kann das bei seinem nächsten Abgleich wieder ändern
cause-autoscale = der HorizontalPodAutoscaler skaliert { $service } von { $from } auf { $to }: CPU { $cpu } % der Requests über { $ready } Ready-Pods beim letzten Abruf von metrics-server (alle { $scrape }) gegenüber dem Ziel { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-up-limited = { $autoscale }: { $calc }; durch das Scale-up-Limit max(+{ $pods }, +{ $pct } %) pro { $per } auf { $to } begrenzt
cause-autoscale-down = { $autoscale }; die höchste Empfehlung des Stabilisierungsfensters von { $window }

## Sprache wählen

lang-unreachable = { $language } konnte nicht geladen werden ({ $why }); die Seite bleibt, wie sie war.
lang-unreadable = { $language } konnte nicht gelesen werden ({ $why }); die Seite bleibt, wie sie war.
dismiss = Schließen

## Ereignisprotokoll

log-latest = { $platform } bei { $at }: { $cause }
log-seek = die Diagramme zu diesem Zeitpunkt zeigen
log-summary = Was passiert ist ({ $past } von { $all } Ereignissen bisher)
log-summary-next = Was passiert ist ({ $past } von { $all } Ereignissen bisher); nächstes bei { $next }
log-earlier = … { $count ->
        [one] ein früheres Ereignis
       *[other] { $count } frühere Ereignisse
    }

## Zustände der Replikate, wie die Plattformen sie anzeigen

state-running = Running
state-starting-not-ready = Starting (nicht Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, antwortet nicht
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
operator-on-call = Rufbereitschaft (15 min)
operator-office-hours = Bürozeiten (4 h)
operator-weekend = Wochenende (48 h)

## Diagramme

node-ready = Ready
node-host-down = AUS
node-down-unnoticed = aus, unbemerkt
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = aus; Swarm hat es noch nicht bemerkt
node-control-plane-unnoticed = aus; die Control Plane hat es noch nicht bemerkt
node-restore = { $node } wiederherstellen
node-kill = { $node } ausschalten
spof-tag = SPOF
spof-title = Single Point of Failure
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = alle { $count } Knoten Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = Nutzer: { $rps } Anfragen/s → { $entry }
diagram-nobody-answers = ✕ niemand antwortet
diagram-pending = Auf keinem Knoten (Pending):
diagram-aria = Diagramm { $platform }: { $nodes }
palette = Palette
palette-add = + Hinzufügen
palette-summary = Services und Worker-Knoten: auf ein Diagramm ziehen oder anklicken
palette-item-title = Auf ein Diagramm ziehen oder anklicken, um { $item } hinzuzufügen
palette-node = Worker-Knoten
palette-node-title = Auf einen Cluster ziehen oder anklicken, um einen Worker-Knoten hinzuzufügen
palette-help = Ein Replikat auf einen Knoten ziehen, um es dort festzulegen, einen Knoten aus seinem Cluster ziehen, um ihn zu entfernen. Ein Replikat, einen Service oder einen Knoten auswählen, um ihn zu ändern: Enter öffnet, Entf entfernt.

## Ziehen

drag-add-on = { $item } auf { $node } hinzufügen
drag-add = { $item } hinzufügen
drag-add-where = + { $item }: auf einem Diagramm ablegen
drag-node-to-swarm = einen Worker-Knoten zum Swarm hinzufügen
drag-node-to-kubernetes = einen Worker-Knoten zum Kubernetes-Cluster hinzufügen
drag-node-to-cluster = einen Worker-Knoten zum Cluster hinzufügen
drag-node-where = + Worker-Knoten: auf einem Cluster ablegen
drag-pin = { $service } an { $node } binden
drag-pin-where = { $service } binden an …: auf einem Knoten eines Clusters ablegen
drag-remove = { $node } entfernen
drag-remove-where = { $node } entfernen: außerhalb des Clusters ablegen

## Folgen und Verfügbarkeit

so-far = verfügbar { $share } der ersten { $elapsed }
so-far-down = verfügbar { $share } der ersten { $elapsed } (ausgefallen { $down })
run-stopped-note = Lauf bei { $at } von { $duration } angehalten: er brauchte mehr als { $events } Engine-Ereignisse (viele Replikate, die lange abstürzen und neu starten, oder Neustartverzögerungen von 0 s). Alle Zahlen hier gelten nur für 00:00–{ $at }.
finding-stopped = bewusst gestoppt (0 Replikate): läuft nicht, und kein Service hängt davon ab
finding-stopped-dependents = bewusst gestoppt (0 Replikate): läuft nicht, daher kann { $dependents } nicht antworten
finding-stopped-failed = ; { $failed } Anfragen an ihn schlugen fehl
finding-down = ausgefallen für { $duration } ({ $start } → { $end })
finding-down-not-back = ausgefallen seit { $start }, bis zum Ende des Laufs nicht zurück ({ $end })
finding-down-via = ausgefallen für { $duration } ({ $start } → { $end }), weil { $dependency } ausgefallen war
finding-down-not-back-via = ausgefallen seit { $start }, bis zum Ende des Laufs nicht zurück ({ $end }), weil { $dependency } ausgefallen war
finding-down-operator = : ausgefallen, bis ein Admin eingreift (Reaktionszeit { $reaction })
finding-down-unless-stopped = ; mit `restart: unless-stopped` hätte Docker ihn nach { $delay } neu gestartet, und er hätte { $startup } später geantwortet
finding-failed = { $failed } von { $total } Anfragen schlugen fehl ({ $answered } beantwortet)
finding-failed-no-downtime = kein Ausfall, aber { $failed } von { $total } Anfragen schlugen fehl ({ $answered } beantwortet)
finding-rollout-stalled = sein Rollout blieb stecken: die neue Version wurde nie Ready (progressDeadlineSeconds), die alten Replikate antworteten weiter
finding-dead-endpoint = kein Ausfall, aber ein totes Replikat blieb { $time } lang im Load Balancer (so viel wie { $like_outage } Totalausfall)
finding-others-kept-serving = kein Ausfall und keine fehlgeschlagenen Anfragen: die anderen Replikate antworteten weiter
finding-unaffected = nicht betroffen
finding-back-at = alle Replikate zurück um { $at }
finding-not-back = bis zum Ende des Laufs nicht wieder vollzählig
finding-still-failing = { $count ->
        [one] ein Replikat am Ende noch { $state }
       *[other] { $count } Replikate am Ende noch { $state }
    }
failed-overloaded-it = er
failed-overloaded = { $service } bekam { $time } lang mehr Anfragen, als seine Replikate beantworten konnten
failed-overloaded-capacity = { $service } bekam { $time } lang mehr Anfragen, als seine Replikate beantworten konnten ({ $capacity } Anfragen/s pro Replikat)
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
    } (gemanagte Control Plane)
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
counters-down-now = { $service } (jetzt AUSGEFALLEN)
consequences-idle = Noch ist nichts ausgefallen. Einen Knoten ausschalten, einen Service abstürzen lassen oder oben eine Aktion wählen.
consequences-aria = Folgen über den ganzen Lauf
consequences-more = { $count ->
        [one] ein weiterer Service
       *[other] { $count } weitere Services
    }

## Verfügbarkeit

availability-target-refused = das Verfügbarkeitsziel ist ein Prozentwert, z. B. 99,9
availability-no-traffic = kein Traffic
availability-budget-used = { $share } % von { $budget }
availability-no-spof = keine
availability-repair = { $service }: Absturz { $crash }, Knoten { $node }
availability-aria = Verfügbarkeit
availability-heading = Welche Verfügbarkeit man dafür bekommt
availability-node-mtbf = Ein Knoten fällt aus alle (h)
availability-replica-mtbf = Ein Replikat stürzt ab alle (h)
availability-target = Verfügbarkeitsziel %
availability-simulated = Dieses Szenario, simuliert: { $entry } und wovon es abhängt
availability-simulated-first = Dieses Szenario, simuliert: der erste Service und wovon er abhängt
availability-time-up = Zeit verfügbar
availability-downtime = Ausfallzeit
availability-requests-answered = beantwortete Anfragen
availability-failed-requests = fehlgeschlagene Anfragen
availability-note-kinds = „Zeit verfügbar“ zählt die Momente, in denen ein Replikat antworten konnte; „beantwortete Anfragen“ zählt auch Anfragen, die an Überlast oder an einem toten Replikat im Load Balancer scheiterten. Darunter: ein Jahr, geschätzt aus Ausfallraten.
availability-note-rates = Die Ausfallraten sind Ihre Annahmen. Die Reparaturzeiten kommen aus der Simulation mit den dokumentierten Standardwerten (mit der Reaktionszeit des Admins, wo die Plattform sich nicht selbst heilt). Replikate parallel: 1 − (1 − a)ⁿ; der Einstieg und wovon er abhängt in Reihe.
availability-estimated = Geschätzt über ein Jahr: die Verfügbarkeit, die Nutzer sehen (der Einstiegs-Service und seine Abhängigkeiten)
availability-availability = Verfügbarkeit
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
toolbar-at-least-title = Hafen vergleicht: mindestens zwei Plattformen bleiben sichtbar
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
toolbar-undo = ↶ Rückgängig
toolbar-undo-title = Rückgängig (Strg+Z)
toolbar-redo = ↷ Wiederholen
toolbar-redo-title = Wiederholen (Strg+Umschalt+Z)
toolbar-clear = Fehler entfernen ({ $count })
toolbar-share = Teilen…
toolbar-share-title = Der Link zu diesem Szenario, ein iframe für eine Wiki-Seite, Bilder der Diagramme
toolbar-download = ⇩ Herunterladen
toolbar-download-title = Dieses Szenario als YAML-Datei speichern (das Format, das hafen-sim liest)
toolbar-open = Öffnen…
toolbar-open-title = Eine Szenario-Datei oder eine docker-compose.yml öffnen (oder auf die Seite ziehen)

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
actions-at = Bei { $at }, auf jeder Plattform:
action-kill-title = Ausschalten (Taste K); bei Compose ist das der eine Host
action-crash = { $service } abstürzen lassen
action-crash-title = Der Prozess eines Replikats beendet sich (Taste C)
action-hang = { $service } hängen lassen
action-hang-title = Ein Replikat antwortet nicht mehr, sein Prozess läuft weiter (Taste H)
action-deploy = { $service } v2 ausrollen
action-deploy-broken = fehlerhaftes { $service } v2 ausrollen
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
