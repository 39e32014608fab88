# Hafens tekster på norsk bokmål. Samme nøkler og variabler som i en.ftl (en test sjekker det).
# Faguttrykk skrives slik systemene skriver dem: Pod, Deployment, NotReady, CrashLoopBackOff,
# restart: unless-stopped, node-monitor-grace-period.

## Årsaker i hendelsesloggen

cause-exit-crashed = krasjet
cause-exit-broken-release = krasjet (feil i releasen)
cause-exit-killed-after-grace = ble drept etter grace-perioden
cause-exit-killed-by-startup-probe = ble drept av startup-proben
cause-exit-killed-by-liveness-while-starting = ble drept av liveness-proben før den var ferdig med å starte

cause-task-exited = { $rep } { $how }
cause-task-unhealthy-while-starting = { $rep } er unhealthy under oppstart
cause-task-unhealthy = { $rep } er unhealthy
cause-task-lost-with-node = { $rep } forsvant med { $node }

cause-created-replicaset-short = ReplicaSet-et til { $service } har { $have } av { $desired } poder: { $rep } opprettet
cause-created-rolling-update = rullerende oppdatering av { $service } til { $version } (maxSurge { $surge }): { $rep } opprettet
cause-created-statefulset-recreates = StatefulSet-et oppretter { $rep } på nytt
cause-created-statefulset-recreates-detached = StatefulSet-et oppretter { $rep } på nytt; ReadWriteOnce-volumet kobles tvangsmessig fra den døde noden etter { $detach } (maxWaitForUnmountDuration)
cause-created-swarm-task = Swarm oppretter tasken { $rep }
cause-created-swarm-task-for-replicas = Swarm oppretter tasken { $rep } (replicas: { $desired })
cause-created-swarm-update = tjenesteoppdateringen erstatter { $old }: tasken { $rep } med { $version }
cause-created-compose-starts = Compose starter { $rep }

cause-deleted-deployment-scaled-down = skalert ned til { $desired } replikaer
cause-deleted-rolling-update-old = gammel pod skalert ned av den rullerende oppdateringen til { $version } (maxUnavailable { $unavailable })
cause-deleted-statefulset-scaled-down = StatefulSet skalert ned til { $desired }
cause-deleted-statefulset-update = rullerende oppdatering av StatefulSet-et til { $version }: én pod om gangen erstattet, høyeste ordinal først
cause-deleted-swarm-scaled-down = tjenesten skalert ned til { $desired }
cause-deleted-swarm-update-stop-first = tjenesteoppdatering til { $version }: stoppet først (--update-order stop-first, parallelism 1)
cause-deleted-operator-rollback = slettet av driftsoperatøren, slik at StatefulSet-et oppretter den på nytt med forrige versjon
cause-deleted-compose-scaled-down = skalert ned

cause-unschedulable = Pending: ingen klar node har { $cpu } m CPU og { $memory } MiB minne ledig
cause-unschedulable-pinned = (låst til { $node })
cause-unschedulable-gpu = og en GPU
cause-unschedulable-volume = ; den må kjøre på { $node }, der det lokale volumet ligger (Swarm-volumer er lokale for noden)
cause-unschedulable-ready = ; { $ready } av { $nodes } noder klare

cause-ignored-kill-no-such-node = slå av { $node }: ingen slik node kjører
cause-ignored-kill-no-node-running = slå av noden som kjører { $service }: ingen slik node kjører
cause-ignored-restore-no-such-node = gjenopprett { $node }: ingen slik node
cause-ignored-crash-nothing-running = krasj { $service }: ingen replika av { $service } kjører
cause-ignored-hang-nothing-running = heng { $service }: ingen replika av { $service } kjører
cause-ignored-already-down = { $node } er allerede nede
cause-ignored-already-up = { $node } er allerede oppe

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready-poder) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } poder) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } poder, { $unready } ikke Ready regnet som 0 %) = { $n }

cause-release-new = release { $version } av { $service }: `{ $command }`
cause-release-rollback = tilbakerulling av { $service } til { $version }: `{ $command }`
cause-release-config = konfigurasjonsendring i { $service }: `{ $command }`
cause-strategy-compose = stopper de gamle containerne og starter så nye: imens svarer ingen replika
cause-strategy-swarm = rullerende oppdatering, én task om gangen, stop-first, pause ved feil
cause-strategy-rolling = rullerende oppdatering: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), nye poder får trafikk først når de er Ready
cause-strategy-statefulset = rullerende oppdatering av StatefulSet-et, én pod om gangen fra høyeste ordinal

cause-trace-cut = loggen kuttet etter { $max } oppføringer; nedetid og antall forespørsler gjelder fortsatt hele kjøringen
cause-run-stopped = kjøringen stoppet ved { $at } etter { $events } motorhendelser: gjør scenariet eller feilsløyfen kortere
cause-service-down = { $service } er nede: ingen replika kan svare
cause-service-up = { $service } svarer igjen ({ $answering ->
        [one] én replika svarer
       *[other] { $answering } replikaer svarer
    })
cause-scheduled = { $created }; { $rep } på { $node }
cause-scheduled-spread = { $created }; { $rep } på { $node } (spredt, mest ledige ressurser)
cause-scheduled-now-fits = { $rep }: planlagt på { $node } nå som den får plass
cause-pending = { $rep } { $unschedulable }
cause-pending-created = { $created }; { $rep } { $unschedulable }
cause-zone-down = { $zone } faller ut: { $nodes ->
        [one] én node
       *[other] { $nodes } noder
    }
cause-zone-up = { $zone } er tilbake: { $nodes ->
        [one] én node
       *[other] { $nodes } noder
    }
cause-crash = { $rep }: prosessen avslutter (krasj)
cause-traffic = trafikken inn til { $entry } endres fra { $from } til { $to } forespørsler/s
cause-container-started = { $rep }: containeren startet ({ $version }); applikasjonen trenger { $startup } på å starte
cause-broken-release = { $rep }: release { $version } har en feil og avslutter rett etter oppstart
cause-app-answers = { $rep }: applikasjonen svarer på forespørsler
cause-app-up-waiting-readiness = { $rep }: applikasjonen svarer; venter på neste readiness-probe
cause-app-up-waiting-healthcheck = { $rep }: applikasjonen svarer; venter på neste helsesjekk
cause-startup-passed-ready = { $rep }: startup-proben bestått; Ready, i Service-endepunktene
cause-readiness-passed = { $rep }: readiness-proben bestått; Ready, i Service-endepunktene (probe hvert { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: helsesjekken bestått; tasken kjører og blir med i routing mesh (HEALTHCHECK hvert { $period })
cause-hang = { $rep }: applikasjonen slutter å svare; prosessen kjører videre og ser derfor levende ut
cause-kubelet-restarts-at-once = { $rep }: containeren { $how }; poden er ikke Ready og går ut av Service-endepunktene; kubelet starter den på nytt med én gang (første omstart har ingen back-off)
cause-crash-loop-back-off = { $rep }: containeren { $how } igjen; CrashLoopBackOff: ny start om { $delay } (kubelets back-off starter på { $initial }, dobles, maks { $max })
cause-startup-probe-failed = { $rep }: startup-proben feilet { $threshold } ganger (hvert { $period }): applikasjonen trenger { $startup }, mer enn startup-proben tillater (failureThreshold × periodSeconds = { $allowed }); kubelet dreper den og starter den på nytt
cause-liveness-failed-while-starting = { $rep }: liveness-proben feilet { $threshold } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; probe hvert { $period } fra containeren starter, initialDelaySeconds { $delay_seconds }): kubelet dreper den og starter den på nytt, så den kommer aldri opp. En startupProbe eller en initialDelaySeconds som er lengre enn oppstarten, ville latt den starte
cause-liveness-failed-while-starting-delayed = { $rep }: liveness-proben feilet { $threshold } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; probe hvert { $period } fra { $delay } etter start, initialDelaySeconds { $delay_seconds }): kubelet dreper den og starter den på nytt, så den kommer aldri opp. En startupProbe eller en initialDelaySeconds som er lengre enn oppstarten, ville latt den starte
cause-readiness-failed = { $rep }: readiness-proben feilet { $threshold } ganger (hvert { $period }, tidsavbrudd { $timeout }); NotReady, ute av Service-endepunktene
cause-liveness-failed = { $rep }: liveness-proben feilet { $threshold } ganger (hvert { $period }); kubelet dreper containeren: den hengende prosessen ignorerer SIGTERM og drepes etter terminationGracePeriodSeconds ({ $grace })
cause-no-restart-policy = { $rep }: containeren { $how }; restart: { $policy } (Dockers standard), så ingen starter den på nytt før noen i driften griper inn (reaksjonstid { $reaction })
cause-docker-restarts = { $rep }: containeren { $how }; restart: { $policy } starter den på nytt etter { $delay } (Dockers omstartsforsinkelse starter på { $initial }, dobles, maks { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK feilet { $retries } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; sjekk hvert { $interval }, startperiode { $start_period }): unhealthy; Swarm stopper tasken og starter en ny, som starter like sakte. En HEALTHCHECK-startperiode som er lengre enn oppstarten, ville latt den starte
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK feilet { $retries } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; sjekk hvert { $interval }, startperiode { $start_period }): unhealthy; Docker og Compose starter aldri en unhealthy container på nytt, så den starter videre og svarer når den er oppe
cause-unhealthy-swarm = { $rep }: HEALTHCHECK feilet { $retries } ganger (intervall { $interval }, tidsavbrudd { $timeout }): unhealthy; Swarm stopper tasken og erstatter den
cause-unhealthy-compose = { $rep }: HEALTHCHECK feilet { $retries } ganger (intervall { $interval }, tidsavbrudd { $timeout }): unhealthy; Docker og Compose starter aldri en unhealthy container på nytt, så den får forespørsler helt til noen i driften griper inn
cause-update-paused = { $service }: den oppdaterte tasken feilet; oppdateringen er satt på pause (--update-failure-action pause)
cause-task-failed = { $failure }; Swarm starter en ny task for plassen etter { $delay } (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; ikke quorum blant managerne, så ingenting erstatter den
cause-host-down = { $node } stopper: { $containers ->
        [one] containeren er
       *[other] alle { $containers } containere er
    } nede til verten er tilbake; restart-policyer kan ikke gjøre noe mens den er av; noen i driften griper inn etter { $reaction }
cause-swarm-node-down = { $node } stopper: { $tasks ->
        [one] tasken
       *[other] de { $tasks } taskene
    } slutter å svare, men routing mesh sender dem fortsatt forespørsler til gossip-laget erklærer noden død (sekunder), og managerne planlegger på nytt først etter { $grace } tapte heartbeats
cause-kube-node-down = { $node } stopper: { $pods ->
        [one] poden
       *[other] de { $pods } podene
    } slutter å svare, men kontrollplanet sender fortsatt trafikk dit til det merker stillheten
cause-swarm-node-noticed = { $node } er nede: ingen heartbeat på { $silent } ({ $missed } tapte heartbeats à { $heartbeat }); taskene går ut av routing mesh
cause-node-not-ready = { $node } NotReady: ingen status på { $silent } (node-monitor-grace-period { $grace }, Kubernetes { $version }); podene går ut av Service-endepunktene; taint node.kubernetes.io/unreachable lagt til, eviction etter { $toleration } (tolerationSeconds)
cause-host-back = { $node } er tilbake; Docker-daemonen starter hver container på nytt (restart-policyer)
cause-host-back-some-unrestarted = { $node } er tilbake; daemonen starter containerne med restart-policy på nytt, og driften kjører `docker compose up -d` for resten
cause-host-back-by-operator = driften henter { $node } tilbake etter { $reaction }; Docker-daemonen starter hver container på nytt (restart-policyer)
cause-host-back-by-operator-some-unrestarted = driften henter { $node } tilbake etter { $reaction }; daemonen starter containerne med restart-policy på nytt, og driften kjører `docker compose up -d` for resten
cause-kubelet-back = { $node } er tilbake: kubelet starter og melder status
cause-swarm-node-back = { $node } er tilbake; den sender heartbeats igjen
cause-swarm-node-back-by-operator = driften henter { $node } tilbake etter { $reaction }: den har det lokale volumet til en tilstandsfull tjeneste; den sender heartbeats igjen
cause-pod-removed-confirmed = { $rep }: { $node } bekrefter at poden er stoppet; den fjernes
cause-old-task-shut-down = { $rep }: plassen kjører allerede et annet sted; den gamle tasken stoppes
cause-node-ready-again-untainted = { $node } Ready igjen; taint fjernet
cause-node-ready-again = { $node } klar igjen
cause-pod-evicted-stateful = { $rep } slettet etter { $toleration } på den utilgjengelige { $node } (tolerationSeconds), men blir stående Terminating: et StatefulSet erstatter ikke en pod før noden bekrefter at den er stoppet, eller noen tvangssletter den
cause-pod-evicted = { $rep } kastet ut (eviction): { $node } utilgjengelig i { $toleration } (tolerationSeconds); blir stående Terminating på den døde noden, ReplicaSet-et erstatter den
cause-mesh-removed = { $node } erklært død av gossip-laget (memberlist: en probe hvert { $probe_interval }, suspicion-tidsavbrudd { $suspicion_mult } × max(1, log10 noder) probeintervaller): routing mesh slutter å sende forespørsler til { $tasks ->
        [one] tasken
       *[other] de { $tasks } taskene
    }; managerne planlegger på nytt først når heartbeatene er forsinket
cause-swarm-quorum-back = swarmen har igjen flertall blant managerne ({ $up } av { $managers }); orkestratoren tar igjen det tapte
cause-swarm-quorum-lost = swarmen mistet quorum blant managerne: { $up } av { $managers } managere oppe, { $needed } trengs; ingen task planlegges eller startes på nytt før et flertall er tilbake (kjørende tasker fortsetter)
cause-etcd-quorum-lost = etcd mistet quorum: { $up } av { $members } noder i kontrollplanet oppe, { $needed } trengs; API-serveren slutter å svare: ingen node merkes NotReady, ingenting kastes ut, planlegges eller skaleres før et flertall er tilbake; kjørende poder fortsetter, og kubelet starter fortsatt krasjede containere på nytt
cause-etcd-quorum-back = etcd har flertall igjen ({ $up } av { $members }); kontrollerne tar igjen det tapte
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: fjerningen fra Service-endepunktene nådde kube-proxy ({ $propagation } etter slettingen); forespørsler som ble sendt dit i mellomtiden, feilet, for den stoppet ved SIGTERM (ingen preStop-pause dekker forsinkelsen)
cause-rollout-complete-pods = { $service }: utrullingen av { $version } er ferdig ({ $pods } av { $pods } poder Ready)
cause-rollout-complete = { $service }: utrullingen av { $version } er ferdig
cause-swarm-update-complete = { $service }: tjenesteoppdateringen til { $version } er ferdig
cause-rollout-stalled = { $service }: utrullingen har ikke kommet videre på { $deadline } (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes ruller ikke tilbake av seg selv
cause-volume-attached = { $rep }: volumet tvangskoblet fra den døde noden og koblet til her
cause-operator-force-deletes = driften tvangssletter { $rep } etter { $reaction } (kubectl delete pod --force --grace-period=0; driftens reaksjonstid)
cause-operator-rolls-back-compose = driften oppdager den feilaktige releasen etter { $reaction }, låser forrige image og kjører `docker compose up -d` (tilbake til { $previous })
cause-operator-rolls-back-swarm = driften oppdager den feilaktige releasen etter { $reaction } og kjører `docker service rollback { $service }` (tilbake til { $previous })
cause-operator-rolls-back-kubernetes = driften oppdager den feilaktige releasen etter { $reaction } og kjører `kubectl rollout undo { $service }` (tilbake til { $previous })
cause-operator-restarts = driften oppdager det etter { $reaction } og kjører { $command }
cause-operator-restarts-hung = driften oppdager det etter { $reaction } og kjører { $command }; den hengende prosessen ignorerer SIGTERM og drepes etter { $grace }
cause-compose-config-change = konfigurasjonsendring: rediger .env, `docker compose restart`: alle tjenester starter på nytt samtidig
cause-volume-expanded = { $service }: PersistentVolumeClaim utvidet til { $gib } GiB i drift (storage class med allowVolumeExpansion); ingen omstart
cause-volume-resized-by-hand = { $service }: volumet utvidet til { $gib } GiB for hånd: ta backup, stopp, endre størrelse, start, gjenopprett (antatt { $took }; ikke en standard i plattformen)
cause-volume-restored = { $service }: volumet utvidet og data gjenopprettet; starter igjen
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` feiler: replikaer kan ikke dele én publisert port på verten; det trengs en reverse proxy først
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; autoskalereren kan endre det igjen ved neste synkronisering
cause-autoscale = HorizontalPodAutoscaler skalerer { $service } fra { $from } til { $to }: CPU { $cpu } % av requests over { $ready } Ready-poder ved metrics-servers siste måling (hvert { $scrape }) mot målet { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-up-limited = { $autoscale }: { $calc }; holdt på { $to } av grensen for oppskalering max(+{ $pods }, +{ $pct } %) per { $per }
cause-autoscale-down = { $autoscale }; den høyeste anbefalingen i stabiliseringsvinduet på { $window }

## Velge språk

lang-unreachable = { $language } kunne ikke lastes ({ $why }); siden forblir som den var.
lang-unreadable = { $language } kunne ikke leses ({ $why }); siden forblir som den var.
dismiss = Lukk

## Hendelseslogg

log-latest = { $platform } ved { $at }: { $cause }
log-seek = vis diagrammene på dette tidspunktet
log-summary = Hva som skjedde ({ $past } av { $all } hendelser så langt)
log-summary-next = Hva som skjedde ({ $past } av { $all } hendelser så langt); neste ved { $next }
log-earlier = … { $count ->
        [one] én tidligere hendelse
       *[other] { $count } tidligere hendelser
    }

## Tilstandene til replikaene, slik plattformene viser dem

state-running = Running
state-starting-not-ready = Starting (ikke Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, svarer ikke
state-crash-loop-back-off = CrashLoopBackOff
state-restarting = Restarting
state-exited = Exited
state-unknown-node-lost = Unknown (noden tapt)
state-down-host-off = Down (verten av)
state-terminating = Terminating
state-pending = Pending

## Paletten og reaksjonstider

palette-frontend = Frontend
palette-backend = Backend / API
palette-worker = Worker
palette-postgres = PostgreSQL
palette-redis = Redis
palette-queue = Meldingskø
palette-ingress = Ingress / proxy
palette-gpu-worker = GPU-worker
operator-on-call = vakt (15 min)
operator-office-hours = kontortid (4 h)
operator-weekend = helg (48 h)

## Diagrammene

node-ready = Ready
node-host-down = NEDE
node-down-unnoticed = nede, ikke oppdaget
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = nede; Swarm har ikke oppdaget det ennå
node-control-plane-unnoticed = nede; kontrollplanet har ikke oppdaget det ennå
node-restore = Gjenopprett { $node }
node-kill = Slå av { $node }
spof-tag = SPOF
spof-title = enkelt feilpunkt (SPOF)
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = alle { $count } noder Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = brukere: { $rps } forespørsler/s → { $entry }
diagram-nobody-answers = ✕ ingen svarer
diagram-pending = Ikke på noen node (Pending):
diagram-aria = { $platform }-diagram: { $nodes }
palette = Palett
palette-add = + Legg til
palette-summary = tjenester og worker-noder: dra til et diagram, eller trykk
palette-item-title = Dra til et diagram, eller trykk for å legge til { $item }
palette-node = Worker-node
palette-node-title = Dra til en klynge, eller trykk for å legge til en worker-node
palette-help = Dra en replika til en node for å låse den dit, og en node ut av klyngen for å fjerne den. Velg en replika, tjeneste eller node for å endre den: Enter åpner, Delete fjerner.

## Dra og slipp

drag-add-on = legg til { $item } på { $node }
drag-add = legg til { $item }
drag-add-where = + { $item }: slipp på et diagram
drag-node-to-swarm = legg til en worker-node i swarmen
drag-node-to-kubernetes = legg til en worker-node i Kubernetes-klyngen
drag-node-to-cluster = legg til en worker-node i klyngen
drag-node-where = + worker-node: slipp på en klynge
drag-pin = lås { $service } til { $node }
drag-pin-where = lås { $service } til …: slipp på en node i en klynge
drag-remove = fjern { $node }
drag-remove-where = fjern { $node }: slipp utenfor klyngen

## Konsekvenser og tilgjengelighet

so-far = oppe { $share } av de første { $elapsed }
so-far-down = oppe { $share } av de første { $elapsed } (nede { $down })
run-stopped-note = Kjøringen stoppet ved { $at } av { $duration }: den trengte mer enn { $events } motorhendelser (mange replikaer som feiler og starter på nytt lenge, eller omstartsforsinkelser på 0 s). Alle tall her gjelder bare 00:00–{ $at }.
finding-stopped = stoppet med vilje (0 replikaer): kjører ikke, og ingen tjeneste er avhengig av den
finding-stopped-dependents = stoppet med vilje (0 replikaer): kjører ikke, så { $dependents } kan ikke svare
finding-stopped-failed = ; { $failed } forespørsler til den feilet
finding-down = nede i { $duration } ({ $start } → { $end })
finding-down-not-back = nede siden { $start }, ikke tilbake før kjøringen sluttet ({ $end })
finding-down-via = nede i { $duration } ({ $start } → { $end }) fordi { $dependency } var nede
finding-down-not-back-via = nede siden { $start }, ikke tilbake før kjøringen sluttet ({ $end }), fordi { $dependency } var nede
finding-down-operator = : nede til noen i driften griper inn (reaksjonstid { $reaction })
finding-down-unless-stopped = ; med `restart: unless-stopped` ville Docker ha startet den på nytt etter { $delay }, og den ville svart { $startup } senere
finding-failed = { $failed } av { $total } forespørsler feilet ({ $answered } besvart)
finding-failed-no-downtime = ingen nedetid, men { $failed } av { $total } forespørsler feilet ({ $answered } besvart)
finding-rollout-stalled = utrullingen stoppet opp: den nye versjonen ble aldri Ready (progressDeadlineSeconds), de gamle replikaene svarte videre
finding-dead-endpoint = ingen nedetid, men en død replika ble stående i lastbalansereren i { $time } (like mye som { $like_outage } totalt brudd)
finding-others-kept-serving = ingen nedetid og ingen feilede forespørsler: de andre replikaene svarte videre
finding-unaffected = ikke berørt
finding-back-at = alle replikaer tilbake ved { $at }
finding-not-back = ikke tilbake i full styrke før kjøringen sluttet
finding-still-failing = { $count ->
        [one] én replika fortsatt { $state } ved slutten
       *[other] { $count } replikaer fortsatt { $state } ved slutten
    }
failed-overloaded-it = den
failed-overloaded = { $service } fikk flere forespørsler enn replikaene kunne besvare i { $time }
failed-overloaded-capacity = { $service } fikk flere forespørsler enn replikaene kunne besvare ({ $capacity } forespørsler/s per replika) i { $time }
failed-dead-endpoint-of = en død replika ble stående i lastbalansereren til { $service } i { $time } (like mye som { $like_outage } totalt brudd)
failed-dead-endpoint = en død replika ble stående i lastbalansereren sin i { $time } (like mye som { $like_outage } totalt brudd)
failed-downtime = hver forespørsel under nedetiden over

## Sammendraget på kommandolinjen

summary-heading = { $scenario } på { $platform } (seed { $seed }, { $duration }):
summary-service = tjeneste
summary-downtime = nedetid
summary-time-up = tid oppe
summary-requests-ok = foresp. ok
summary-failed = feilet
summary-served = besvart
summary-no-requests = ingen forespørsler
summary-stopped = stoppet

## Kolonnen til en plattform

platform-brief-compose = Compose · én vert
platform-brief-swarm = Swarm · { $nodes } noder
platform-brief-kubernetes = Kubernetes · { $nodes } noder
platform-title-compose = Docker Compose på én vert
platform-title-swarm = Docker Swarm på { $nodes } noder{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-node" }
       *[other] { " + " }{ $gpu } GPU-noder
    } ({ $managers } managere)
platform-title-kubernetes-self-hosted = Kubernetes på { $nodes } worker-noder{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-node" }
       *[other] { " + " }{ $gpu } GPU-noder
    } + { $control_plane ->
        [one] 1 node i kontrollplanet
       *[other] { $control_plane } noder i kontrollplanet
    } (egendrevet)
platform-title-kubernetes-managed = Kubernetes på { $nodes } worker-noder{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU-node" }
       *[other] { " + " }{ $gpu } GPU-noder
    } (administrert kontrollplan)
platform-cannot-simulate = Dette oppsettet kan ikke simuleres: { $why }
platform-sub-compose = én Docker-daemon; { $policies }; det den ikke kan, reparerer et menneske
platform-sub-swarm = heartbeats hvert { $heartbeat }, nede etter { $missed } tapte, tasker startet på nytt etter { $restart }
platform-sub-kubernetes = v{ $version }; NotReady etter { $grace } stillhet, eviction etter { $toleration }
restart-policy-all = restart-policy: { $policy }
restart-policy-all-default = restart-policy: { $policy } — Dockers standard
restart-policy-some = restart: { $policy } ({ $services })
restart-policy-some-default = restart: { $policy } — Dockers standard ({ $services })
counters-no-requests = ingen forespørsler ennå
counters-answered = { $share } besvart
counters-downtime = nedetid
counters-failed = feilede forespørsler
counters-failed-of = { $failed } av { $total }
counters-requests = forespørsler
counters-time = tid
counters-for = for
counters-down-now = { $service } (NEDE nå)
consequences-idle = Ingenting har feilet ennå. Slå av en node, krasj en tjeneste, eller velg en handling over.
consequences-aria = Konsekvenser over hele kjøringen
consequences-more = { $count ->
        [one] én tjeneste til
       *[other] { $count } tjenester til
    }

## Tilgjengelighet

availability-target-refused = oppetidsmålet er en prosentverdi, f.eks. 99,9
availability-no-traffic = ingen trafikk
availability-budget-used = { $share } % av { $budget }
availability-no-spof = ingen
availability-repair = { $service }: krasj { $crash }, node { $node }
availability-aria = Tilgjengelighet
availability-heading = Hvilken tilgjengelighet det gir
availability-node-mtbf = En node feiler hver (t)
availability-replica-mtbf = En replika krasjer hver (t)
availability-target = Oppetidsmål %
availability-simulated = Dette scenariet, simulert: { $entry } og det den er avhengig av
availability-simulated-first = Dette scenariet, simulert: den første tjenesten og det den er avhengig av
availability-time-up = tid oppe
availability-downtime = nedetid
availability-requests-answered = besvarte forespørsler
availability-failed-requests = feilede forespørsler
availability-note-kinds = «Tid oppe» teller øyeblikkene da en replika kunne svare; «besvarte forespørsler» teller også forespørsler som gikk tapt på grunn av overlast eller en død replika som fortsatt sto i lastbalansereren. Under: et år estimert fra feilrater.
availability-note-rates = Feilratene er dine antakelser. Reparasjonstidene kommer fra simuleringen med de dokumenterte standardverdiene (med driftens reaksjonstid der plattformen ikke reparerer seg selv). Replikaer i parallell: 1 − (1 − a)ⁿ; inngangen og det den er avhengig av i serie.
availability-estimated = Estimert over et år: tilgjengeligheten brukerne ser (inngangstjenesten og avhengighetene)
availability-availability = tilgjengelighet
availability-nines = niere
availability-down-month = nede / måned
availability-down-year = nede / år
availability-budget = brukt feilbudsjett
availability-spof = enkeltfeilpunkter
availability-repair-times = Reparasjonstider fra simuleringen

## Kostnadsdiagrammer

chart-break-even = break-even: måned { $month }
chart-cumulative-aria = Samlet kostnad over tid per plattform; tallene står i kostnadstabellen.
chart-cumulative-title = Samlet kostnad over tid (EUR, midt i hvert spenn)
chart-month = måned
chart-infrastructure = infrastruktur
chart-people = personell
chart-downtime = nedetid
chart-breakdown-aria = Månedlig kostnad per plattform, fordelt; tallene står i kostnadstabellen.
chart-breakdown-title = Kostnad per måned (EUR)
chart-needs-rate = Diagrammene trenger én valuta: skriv inn en kurs USD per EUR.
chart-distribution-aria = Fordeling av årlig nedetid per plattform; median og 95. persentil står i tabellen.
chart-distribution-title = Årlig nedetid brukerne ser, simulerte år (minutter)
chart-distribution-x = minutter nedetid i året
chart-distribution-y = år

## Verktøylinjen

toolbar-aria = Innstillinger
toolbar-preset = Mal
toolbar-your-scenario = Ditt scenario
preset-large = Stor klynge (50 noder, 500 poder)
toolbar-compare = Sammenlign
toolbar-at-least = (minst to)
toolbar-at-least-title = Hafen sammenligner: minst to plattformer vises alltid
toolbar-zones = Soner
toolbar-zones-none = ingen
toolbar-operator = Driften reagerer på
toolbar-operator-title = En innstilling for driften, ikke en standard i plattformen: hvor lang tid det tar før et menneske merker det og handler
toolbar-stories = Historier
toolbar-stories-title = Gå gjennom en historie steg for steg, i fullskjerm, med en presentasjonsklikker: en fra designdokumentene, eller dokumentets egen (P viser dokumentets historie, ellers malens)
toolbar-stories-aria = Presenter en historie
toolbar-present = Presenter…
toolbar-document-story = Dette dokumentets historie: { $title }
toolbar-document-whole = Dette dokumentet, i ett steg
toolbar-language = Språk
toolbar-undo = ↶ Angre
toolbar-undo-title = Angre (Ctrl+Z)
toolbar-redo = ↷ Gjør om
toolbar-redo-title = Gjør om (Ctrl+Shift+Z)
toolbar-clear = Fjern feil ({ $count })
toolbar-share = Del…
toolbar-share-title = Lenken til dette scenariet, en iframe til en wiki-side, bilder av diagrammene
toolbar-download = ⇩ Last ned
toolbar-download-title = Lagre scenariet som en YAML-fil (formatet hafen-sim leser)
toolbar-open = Åpne…
toolbar-open-title = Åpne en scenariofil eller en docker-compose.yml (eller slipp en på siden)

## Faner og tidslinjen

tabs-aria = Visninger
tab-platforms = Plattformer
tab-costs = Kostnader
tab-availability = Tilgjengelighet
tab-advisor = Trenger vi Kubernetes?
tab-timings = Tider
tab-commands = Kommandoer
tab-files = Filer
timeline-aria = Tid
timeline-play = ▶ Spill av
timeline-pause = ❚❚ Pause
timeline-play-title = Spill av / pause (mellomrom)
timeline-speed = Hastighet
timeline-prev = ◀ forrige
timeline-prev-title = Forrige hendelse (Shift+N)
timeline-next = neste ▶
timeline-next-title = Hopp til neste hendelse (N)
timeline-slider = Simulert tid
timeline-of = av { $end }

## Toppen og handlingene

tagline = én applikasjon på Docker Compose, Docker Swarm og Kubernetes: hva som feiler, hva som reparerer seg selv, hva det koster
actions-aria = Feil og inngrep
actions-at = Ved { $at }, på hver plattform:
action-kill-title = Slå av (tast K); på Compose er dette den ene verten
action-crash = Krasj { $service }
action-crash-title = Prosessen til én replika avslutter (tast C)
action-hang = Heng { $service }
action-hang-title = Én replika slutter å svare, prosessen kjører videre (tast H)
action-deploy = Rull ut { $service } v2
action-deploy-broken = Rull ut feilaktig { $service } v2
action-spike = Trafikktopp ×4 ({ $to }/s)
action-fail-zone = Slå ut { $zone }
action-config = Konfigurasjonsendring
graph-service = { $service }: { $replicas ->
        [one] én replika
       *[other] { $replicas } replikaer
    }
graph-service-entry = { $service }: { $replicas ->
        [one] én replika
       *[other] { $replicas } replikaer
    }; brukerne kaller denne
graph-meta-entry = ×{ $replicas } · brukerne kaller denne
graph-aria = Applikasjon: { $services }
