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

cause-created-replicaset-short = ReplicaSet-et til { $service } har { $have } av { $desired } pods: { $rep } opprettet
cause-created-rolling-update = rullerende oppdatering av { $service } til { $version } (maxSurge { $surge }): { $rep } opprettet
cause-created-statefulset-recreates = StatefulSet-et oppretter { $rep } på nytt
cause-created-statefulset-recreates-detached = StatefulSet-et oppretter { $rep } på nytt; ReadWriteOnce-volumet tvangsfrakobles fra den døde noden etter { $detach } (maxWaitForUnmountDuration)
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
cause-deleted-operator-rollback = slettet av driften, slik at StatefulSet-et oppretter den på nytt med forrige versjon
cause-deleted-compose-scaled-down = skalert ned

cause-unschedulable = Pending: Ingen klar node har { $cpu } m CPU og { $memory } MiB minne ledig
cause-unschedulable-pinned = (låst til { $node })
cause-unschedulable-gpu = og en GPU
cause-unschedulable-ready = ; { $ready } av { $nodes } noder klare

cause-ignored-kill-no-such-node = slå av { $node }: Ingen slik node kjører
cause-ignored-kill-no-node-running = slå av noden som kjører { $service }: Ingen slik node kjører
cause-ignored-restore-no-such-node = gjenopprett { $node }: ingen slik node
cause-ignored-crash-nothing-running = krasj { $service }: Ingen replika av { $service } kjører
cause-ignored-hang-nothing-running = heng { $service }: Ingen replika av { $service } kjører
cause-ignored-already-down = { $node } er allerede nede
cause-ignored-already-up = { $node } er allerede oppe

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready-pods) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } pods) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } pods, { $unready } ikke Ready regnet som 0 %) = { $n }
cause-hpa-then = { $first }; { $then }
cause-hpa-held-highest = hevet til { $n }, den høyeste anbefalingen de siste { $window } (ingen behavior satt: Stabiliseringsvinduet for nedskalering holder hvert steg)
cause-hpa-held-lowest = holdt på { $n }, den laveste anbefalingen i stabiliseringsvinduet for oppskalering på { $window } (behavior)
cause-hpa-limit-legacy = begrenset til max(2 × { $current }, 4) = { $limit } (ingen behavior satt)
cause-hpa-limit-policies = begrenset til max({ $start } + { $pods }, { $start } + { $pct } %) = { $limit } per { $per } (oppskaleringspolicyene i behavior)

cause-release-new = release { $version } av { $service }: `{ $command }`
cause-release-rollback = tilbakerulling av { $service } til { $version }: `{ $command }`
cause-release-config = konfigurasjonsendring i { $service }: `{ $command }`
cause-strategy-compose = stopper de gamle containerne og starter så nye: Imens svarer ingen replika
cause-strategy-swarm = rullerende oppdatering, én task om gangen, stop-first, den neste så snart den nye tasken kjører; feiler en ny task innenfor overvåkingsvinduet (--update-monitor), settes den på pause
cause-strategy-rolling = rullerende oppdatering: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), nye pods får trafikk først når de er Ready
cause-strategy-statefulset = rullerende oppdatering av StatefulSet-et, én pod om gangen fra høyeste ordinal

cause-trace-cut = loggen kuttet etter { $max } oppføringer; nedetid og antall forespørsler gjelder fortsatt hele kjøringen
cause-run-stopped = kjøringen stoppet kl. { $at } etter { $events } motorhendelser: Gjør scenarioet eller feilsløyfen kortere
cause-service-down = { $service } er nede: Ingen replika kan svare
cause-service-down-via = { $service } er nede: Avhengigheten { $dependency } er nede
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
cause-crash = { $rep }: Prosessen avsluttes (krasj)
cause-traffic = trafikken inn til { $entry } endres fra { $from } til { $to } forespørsler/s
cause-container-started = { $rep }: Containeren startet ({ $version }); applikasjonen trenger { $startup } på å starte
cause-broken-release = { $rep }: Release { $version } har en feil og avsluttes rett etter oppstart
cause-app-answers = { $rep }: Applikasjonen svarer på forespørsler
cause-app-up-waiting-readiness = { $rep }: Applikasjonen svarer; neste readiness-probe gjenstår
cause-app-up-waiting-healthcheck = { $rep }: Applikasjonen svarer; neste helsesjekk gjenstår
cause-startup-passed-ready = { $rep }: startup-proben bestått; Ready, i Service-endepunktene
cause-readiness-passed = { $rep }: readiness-proben bestått; Ready, i Service-endepunktene (probe hvert { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: helsesjekken bestått; tasken kjører og blir med i routing mesh (HEALTHCHECK hvert { $period })
cause-hang = { $rep }: Applikasjonen slutter å svare; prosessen kjører videre, så den ser fortsatt levende ut
cause-kubelet-restarts-at-once = { $rep }: Containeren { $how }; poden er ikke Ready og går ut av Service-endepunktene; kubelet starter den på nytt med én gang (første omstart har ingen back-off)
cause-crash-loop-back-off = { $rep }: Containeren { $how } igjen; CrashLoopBackOff: ny start om { $delay } (kubelets back-off starter på { $initial }, dobles, maks { $max })
cause-startup-probe-failed = { $rep }: Startup-proben feilet { $threshold } ganger (hvert { $period }): Applikasjonen trenger { $startup }, mer enn startup-proben tillater (failureThreshold × periodSeconds = { $allowed }); kubelet dreper den og starter den på nytt
cause-liveness-failed-while-starting = { $rep }: Liveness-proben feilet { $threshold } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; probe hvert { $period } fra containeren starter, initialDelaySeconds { $delay_seconds }): Kubelet dreper den og starter den på nytt, så den kommer aldri opp. En startupProbe eller en initialDelaySeconds som er lengre enn oppstarten, ville latt den starte
cause-liveness-failed-while-starting-delayed = { $rep }: Liveness-proben feilet { $threshold } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; probe hvert { $period } fra { $delay } etter start, initialDelaySeconds { $delay_seconds }): Kubelet dreper den og starter den på nytt, så den kommer aldri opp. En startupProbe eller en initialDelaySeconds som er lengre enn oppstarten, ville latt den starte
cause-readiness-failed = { $rep }: Readiness-proben feilet { $threshold } ganger (hvert { $period }, tidsavbrudd { $timeout }); NotReady, ute av Service-endepunktene
cause-liveness-failed = { $rep }: Liveness-proben feilet { $threshold } ganger (hvert { $period }); kubelet dreper containeren: Den hengende prosessen ignorerer SIGTERM og drepes etter terminationGracePeriodSeconds ({ $grace })
cause-no-restart-policy = { $rep }: Containeren { $how }; restart: { $policy } (Dockers standard), så ingen starter den på nytt før noen i driften griper inn (reaksjonstid { $reaction })
cause-docker-restarts = { $rep }: Containeren { $how }; restart: { $policy } starter den på nytt etter { $delay } (Dockers omstartsforsinkelse starter på { $initial }, dobles, maks { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK feilet { $retries } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; sjekk hvert { $interval }, startperiode { $start_period }): unhealthy; Swarm stopper tasken og starter en ny, som starter like sakte. En HEALTHCHECK-startperiode som er lengre enn oppstarten, ville latt den starte
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK feilet { $retries } ganger mens applikasjonen fortsatt startet (den trenger { $startup }; sjekk hvert { $interval }, startperiode { $start_period }): unhealthy; Docker og Compose starter aldri en unhealthy container på nytt, så den starter videre og svarer når den er oppe
cause-unhealthy-swarm = { $rep }: HEALTHCHECK feilet { $retries } ganger (intervall { $interval }, tidsavbrudd { $timeout }): unhealthy; Swarm stopper tasken og erstatter den
cause-unhealthy-compose = { $rep }: HEALTHCHECK feilet { $retries } ganger (intervall { $interval }, tidsavbrudd { $timeout }): unhealthy; Docker og Compose starter aldri en unhealthy container på nytt, så den får forespørsler helt til noen i driften griper inn
cause-update-paused = { $service }: { $task }, en task fra oppdateringen, feilet { $ran } etter at den nådde RUNNING, innenfor overvåkingsvinduet på { $monitor } (--update-monitor); oppdateringen settes på pause (--update-failure-action pause) med { $updated } av { $slots } tasks oppdatert
cause-update-paused-never-ran = { $service }: { $task }, en task fra oppdateringen, feilet før den nådde RUNNING; oppdateringen settes på pause (--update-failure-action pause) med { $updated } av { $slots } tasks oppdatert
cause-task-failed = { $failure }; Swarm starter en ny task for plassen etter { $delay } (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; ikke quorum blant managerne, så ingenting erstatter den
cause-host-down = { $node } stopper: { $containers ->
        [one] Containeren er
       *[other] Alle { $containers } containere er
    } nede til verten er tilbake; restart-policyer kan ikke gjøre noe mens den er av; noen i driften griper inn etter { $reaction }
cause-swarm-node-down = { $node } stopper: { $tasks ->
        [one] Tasken
       *[other] De { $tasks } taskene
    } slutter å svare, men routing mesh sender dem fortsatt forespørsler til gossip-laget erklærer noden død (sekunder), og managerne planlegger på nytt først etter { $grace } tapte heartbeats
cause-kube-node-down = { $node } stopper: { $pods ->
        [one] Poden
       *[other] De { $pods } podene
    } slutter å svare, men kontrollplanet sender fortsatt trafikk dit til det merker at noden er stille
cause-swarm-node-noticed = { $node } er nede: ingen heartbeat på { $silent } ({ $missed } tapte heartbeats à { $heartbeat }); taskene går ut av routing mesh
cause-node-not-ready = { $node } NotReady: ingen status på { $silent }; nodekontrolleren (sjekker hvert { $period }) så den siste for { $seen } siden, mer enn node-monitor-grace-period { $grace } (Kubernetes { $version }); podene går ut av Service-endepunktene; taint node.kubernetes.io/unreachable lagt til, eviction etter { $toleration } (tolerationSeconds)
cause-host-back = { $node } er tilbake; Docker-daemonen starter hver container på nytt (restart-policyer)
cause-host-back-some-unrestarted = { $node } er tilbake; daemonen starter containerne med restart-policy på nytt, og driften kjører `docker compose up -d` for resten
cause-host-back-by-operator = driften henter { $node } tilbake etter { $reaction }; Docker-daemonen starter hver container på nytt (restart-policyer)
cause-host-back-by-operator-some-unrestarted = driften henter { $node } tilbake etter { $reaction }; daemonen starter containerne med restart-policy på nytt, og driften kjører `docker compose up -d` for resten
cause-kubelet-back = { $node } er tilbake: Kubelet starter og melder status
cause-swarm-node-back = { $node } er tilbake; den sender heartbeats igjen
cause-swarm-node-back-by-operator = driften henter { $node } tilbake etter { $reaction }: En tilstandsbevarende tjeneste er låst til den med en plasseringsregel og kan ikke kjøre noe annet sted; den sender heartbeats igjen
cause-data-left-behind = { $rep } kjører på { $node } med et nytt, tomt lokalt volum: Dataene ble igjen på { $data_node } (Swarms scheduler vet ikke hvor dataene i et lokalt volum ligger; bare en plasseringsregel holder en task hos dem)
cause-data-left-behind-old-volume = { $rep } kjører på { $node } med det lokale volumet en tidligere task etterlot der, ikke sitt eget: Dataene ble igjen på { $data_node } (Swarms scheduler vet ikke hvor dataene i et lokalt volum ligger; bare en plasseringsregel holder en task hos dem)
cause-pod-removed-confirmed = { $rep }: { $node } bekrefter at poden er stoppet; den fjernes
cause-old-task-shut-down = { $rep }: Plassen kjører allerede et annet sted; den gamle tasken stoppes
cause-node-ready-again-untainted = { $node } Ready igjen; taint fjernet
cause-node-ready-again = { $node } klar igjen
cause-pod-evicted-stateful = { $rep } slettet etter { $toleration } på den utilgjengelige { $node } (tolerationSeconds), men blir stående Terminating: Et StatefulSet erstatter ikke en pod før noden bekrefter at den er stoppet, eller noen tvangssletter den
cause-pod-evicted = { $rep } kastet ut (eviction): { $node } utilgjengelig i { $toleration } (tolerationSeconds); blir stående Terminating på den døde noden, ReplicaSet-et erstatter den
cause-mesh-removed = { $node } erklært død av gossip-laget (memberlist: en probe hvert { $probe_interval }, suspicion-tidsavbrudd { $suspicion_mult } × max(1, log10 noder) probeintervaller): Routing mesh slutter å sende forespørsler til { $tasks ->
        [one] tasken
       *[other] de { $tasks } taskene
    }; managerne planlegger på nytt først når heartbeatene er forsinket
cause-swarm-quorum-back = swarmen har igjen flertall blant managerne ({ $up } av { $managers }); orkestratoren tar igjen det tapte
cause-swarm-quorum-lost = swarmen mistet quorum blant managerne: { $up } av { $managers } managere oppe, { $needed } trengs; ingen task planlegges eller startes på nytt før et flertall er tilbake (kjørende tasks fortsetter)
cause-etcd-quorum-lost = etcd mistet quorum: { $up } av { $members } noder i kontrollplanet oppe, { $needed } trengs; API-serveren slutter å svare: Ingen node merkes NotReady, ingenting kastes ut, planlegges eller skaleres før et flertall er tilbake; kjørende pods fortsetter, og kubelet starter fortsatt krasjede containere på nytt
cause-etcd-quorum-back = etcd har flertall igjen ({ $up } av { $members }); kontrollerne tar igjen det tapte
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: Fjerningen fra Service-endepunktene nådde kube-proxy ({ $propagation } etter slettingen); forespørsler som ble sendt dit i mellomtiden, feilet, for den stoppet ved SIGTERM (ingen preStop-pause dekker forsinkelsen)
cause-rollout-complete-pods = { $service }: Utrullingen av { $version } er ferdig ({ $pods } av { $pods } pods Ready)
cause-rollout-complete = { $service }: Utrullingen av { $version } er ferdig
cause-swarm-update-complete = { $service }: Tjenesteoppdateringen til { $version } er ferdig
cause-rollout-stalled = { $service }: Utrullingen har ikke kommet videre på { $deadline } (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes ruller ikke tilbake av seg selv
cause-volume-attached = { $rep }: volumet tvangsfrakoblet fra den døde noden og koblet til her
cause-operator-force-deletes = driften tvangssletter { $rep } etter { $reaction } (`{ $command }`; driftens reaksjonstid)
cause-operator-rolls-back-compose = driften oppdager den feilaktige releasen etter { $reaction }, setter forrige image-tag igjen og kjører `{ $command }` (tilbake til { $previous })
cause-operator-rolls-back = driften oppdager den feilaktige releasen etter { $reaction } og kjører `{ $command }` (tilbake til { $previous })
cause-operator-restarts = driften oppdager det etter { $reaction } og kjører `{ $command }`
cause-operator-restarts-hung = driften oppdager det etter { $reaction } og kjører `{ $command }`; den hengende prosessen ignorerer SIGTERM og drepes etter { $grace }
cause-compose-config-change = konfigurasjonsendring: rediger .env, `docker compose up -d`: Alle tjenester opprettes på nytt samtidig
cause-volume-expanded = { $service }: PersistentVolumeClaim utvidet til { $gib } GiB i drift (storage class med allowVolumeExpansion); ingen omstart
cause-volume-resized-by-hand = { $service }: volumet utvidet til { $gib } GiB for hånd: ta sikkerhetskopi, stopp, endre størrelse, start, gjenopprett (antatt { $took }; ikke en standard i plattformen)
cause-volume-restored = { $service }: volumet utvidet og data gjenopprettet; starter igjen
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` feiler: Replikaer kan ikke dele én publisert port på verten; det trengs en reverse proxy først
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; autoskalereren kan endre det igjen ved neste synkronisering
cause-autoscale = HorizontalPodAutoscaler skalerer { $service } fra { $from } til { $to }: CPU { $cpu } % av requests over { $ready } Ready-pods ved metrics-servers siste måling (hvert { $scrape }) mot målet { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-down = { $autoscale }; den høyeste anbefalingen i stabiliseringsvinduet på { $window }
cause-autoscale-bounds = { $autoscale }; replikaene lå utenfor minReplicas { $min } til maxReplicas { $max }: satt til grensen med én gang

## Velge språk

lang-unreachable = { $language } kunne ikke lastes ({ $why }); siden forblir som den var.
lang-unreadable = { $language } kunne ikke leses ({ $why }); siden forblir som den var.
dismiss = Lukk

## Hendelseslogg

log-latest = { $platform } kl. { $at }: { $cause }
log-seek = vis diagrammene på dette tidspunktet
log-summary = Hva som skjedde ({ $past } av { $all } hendelser så langt)
log-summary-next = Hva som skjedde ({ $past } av { $all } hendelser så langt); neste kl. { $next }
log-earlier = … { $count ->
        [one] én tidligere hendelse
       *[other] { $count } tidligere hendelser
    }
log-show-all = Vis alle { $count } hendelsene

## Tilstandene til replikaene, slik plattformene viser dem

state-running = Running
state-starting-not-ready = Starting (ikke Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, svarer ikke
state-unhealthy = Running (unhealthy)
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
operator-on-call = vakt (15 min)
operator-office-hours = kontortid (4 h)
operator-weekend = helg (48 h)

## Diagrammene

node-ready = Ready
node-host-down = Nede
node-down-unnoticed = nede, ikke oppdaget
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = nede; Swarm har ikke oppdaget det ennå
node-control-plane-unnoticed = nede; kontrollplanet har ikke oppdaget det ennå
node-restore = Gjenopprett { $node }
node-kill = Slå av { $node }
node-kill-running = Slå av noden som kjører { $service }
spof-tag = SPOF
spof-title = enkelt feilpunkt (SPOF): Krasjer eller henger den, eller faller noden ut, er { $entry } nede for brukerne
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = alle { $count } noder Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = brukere: { $rps } forespørsler/s → { $entry }
diagram-nobody-answers = ✕ ingen svarer
diagram-pending = Ikke på noen node (Pending):
diagram-aria = { $platform }-diagram: { $nodes }
diagram-legend = Hva tegnene betyr
palette = Palett
palette-add = + Legg til
palette-summary = tjenester og worker-noder: Dra til et diagram, eller trykk
palette-item-title = Dra til et diagram, eller trykk for å legge til { $item }
palette-node = Worker-node
palette-node-title = Dra til en klynge, eller trykk for å legge til en worker-node
palette-help = Dra en replika til en node for å låse den dit, og en node ut av klyngen for å fjerne den. Velg en replika, tjeneste eller node for å endre den: Enter åpner, Delete fjerner.

## Dra og slipp

drag-add-on = legg til { $item } på { $node }
drag-add = legg til { $item }
drag-add-where = + { $item }: Slipp på et diagram
drag-node-to-swarm = legg til en worker-node i swarmen
drag-node-to-kubernetes = legg til en worker-node i Kubernetes-klyngen
drag-node-to-cluster = legg til en worker-node i klyngen
drag-node-where = + worker-node: Slipp på en klynge
drag-pin = lås { $service } til { $node }
drag-pin-where = lås { $service } til …: Slipp på en node i en klynge
drag-remove = fjern { $node }
drag-remove-where = fjern { $node }: Slipp utenfor klyngen

## Konsekvenser og tilgjengelighet

so-far = oppe { $share } av de første { $elapsed }
so-far-down = oppe { $share } av de første { $elapsed } (nede { $down })
run-stopped-note = Kjøringen stoppet kl. { $at } av { $duration }: Den trengte mer enn { $events } motorhendelser (mange replikaer som feiler og starter på nytt lenge, eller omstartsforsinkelser på 0 s). Alle tall her gjelder bare 00:00–{ $at }.
finding-stopped = stoppet med vilje (0 replikaer): kjører ikke, og ingen tjeneste er avhengig av den
finding-stopped-dependents = stoppet med vilje (0 replikaer): kjører ikke, så { $dependents } kan ikke svare
finding-stopped-failed = ; { $failed } forespørsler til den feilet
finding-down = nede i { $duration } ({ $start } → { $end })
finding-down-not-back = nede siden { $start }, ikke tilbake før kjøringen sluttet ({ $end })
finding-down-via = nede i { $duration } ({ $start } → { $end }) fordi { $dependency } var nede
finding-down-not-back-via = nede siden { $start }, ikke tilbake før kjøringen sluttet ({ $end }), fordi { $dependency } var nede
finding-down-operator = , til noen i driften griper inn (reaksjonstid { $reaction })
finding-down-unless-stopped = ; med `restart: unless-stopped` ville Docker ha startet den på nytt etter { $delay }, og den ville svart { $startup } senere
finding-data-left-behind = startet på nytt på { $node } kl. { $at } med et tomt volum: Dataene ble igjen på { $data_node }
finding-data-left-behind-old-volume = startet på nytt på { $node } kl. { $at } med et eldre volum som lå der, ikke sitt eget: Dataene ble igjen på { $data_node }
finding-failed = { $failed } av { $total } forespørsler feilet ({ $answered } besvart)
finding-failed-no-downtime = ingen nedetid, men { $failed } av { $total } forespørsler feilet ({ $answered } besvart)
finding-rollout-stalled = utrullingen stoppet opp: Den nye versjonen ble aldri Ready (progressDeadlineSeconds), de gamle replikaene svarte videre
finding-dead-endpoint = ingen nedetid, men en død replika ble stående i lastbalansereren i { $time } (tilsvarer { $like_outage } full nedetid)
finding-others-kept-serving = ingen nedetid og ingen feilede forespørsler: De andre replikaene svarte videre
finding-unaffected = ikke berørt
finding-back-at = alle replikaer tilbake kl. { $at }
finding-not-back = ikke tilbake i full styrke før kjøringen sluttet
finding-still-failing = { $count ->
        [one] én replika fortsatt { $state } ved slutten
       *[other] { $count } replikaer fortsatt { $state } ved slutten
    }
failed-overloaded-it = den
failed-overloaded = { $service } fikk i { $time } flere forespørsler enn replikaene kunne besvare
failed-overloaded-capacity = { $service } fikk i { $time } flere forespørsler enn replikaene kunne besvare ({ $capacity } forespørsler/s per replika)
failed-dead-endpoint-of = en død replika ble stående i lastbalansereren til { $service } i { $time } (tilsvarer { $like_outage } full nedetid)
failed-dead-endpoint = en død replika ble stående i lastbalansereren sin i { $time } (tilsvarer { $like_outage } full nedetid)
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
platform-sub-swarm = heartbeats hvert { $heartbeat }, nede etter { $missed } tapte, tasks startet på nytt etter { $restart }
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
counters-down-now = { $service } (nede nå)
counters-when = Så langt (kl. { $at })
summary-aria = Plattformene med ett blikk (trykk for å vise én)
summary-figures = { $up }/{ $total } kjører · { $failed } feilet
consequences-idle = Ingenting har feilet ennå. Slå av en node, krasj en tjeneste, eller velg en handling over.
consequences-aria = Konsekvenser over hele kjøringen
consequences-more = { $count ->
        [one] én tjeneste til
       *[other] { $count } tjenester til
    }
consequences-when = Over hele kjøringen (til { $end })

## Tilgjengelighet

availability-target-refused = oppetidsmålet er en prosentverdi, f.eks. 99,9
availability-no-traffic = ingen trafikk
availability-budget-used = { $share } % av { $budget }
availability-no-spof = ingen
availability-repair = { $service }: krasj { $crash }, heng { $hang }, node { $node }
availability-aria = Tilgjengelighet
availability-heading = Hvilken tilgjengelighet det gir
availability-node-mtbf = En node feiler hver (h)
availability-replica-mtbf = En replika krasjer hver (h)
availability-hang-mtbf = En replika henger hver (h)
availability-target = Oppetidsmål %
availability-simulated = Dette scenarioet, simulert: { $entry } og det den er avhengig av
availability-simulated-first = Dette scenarioet, simulert: den første tjenesten og det den er avhengig av
availability-time-up = tid oppe
availability-downtime = nedetid
availability-requests-answered = besvarte forespørsler
availability-failed-requests = feilede forespørsler
availability-note-kinds = «Tid oppe» teller øyeblikkene da en replika kunne svare; «besvarte forespørsler» teller også forespørsler som gikk tapt på grunn av overlast eller en død replika som fortsatt sto i lastbalansereren. Under: et år estimert fra feilrater.
availability-note-rates = Feilratene er dine antakelser (et heng: Prosessen kjører videre, men svarer ikke lenger). Reparasjonstidene kommer fra simuleringen med de dokumenterte standardverdiene (med driftens reaksjonstid der plattformen ikke reparerer seg selv). Replikaer i parallell: 1 − (1 − a)ⁿ; inngangen og det den er avhengig av i serie; hver utrulling koster det en simulert utrulling av teamets egne tjenester koster, ganger utrullingene om dagen (fanen «Trenger vi Kubernetes?»).
availability-note-data-left-behind = En tjeneste som en nodefeil bringer tilbake på en annen node med et nytt, tomt volum (Swarm: ingen binding til det lokale volumet), regnes som nede til driften griper inn ({ $operator }): en antakelse, siden dataene ble liggende på den døde noden.
availability-estimated = Estimert over et år: tilgjengeligheten brukerne ser (inngangstjenesten og avhengighetene)
availability-availability = tilgjengelighet
availability-requests-estimated = besvarte forespørsler
availability-deploy = en utrulling
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
chart-needs-rate = Diagrammene trenger én valuta: Skriv inn en kurs USD per EUR.
chart-distribution-aria = Fordeling av årlig nedetid per plattform; median og 95. persentil står i tabellen.
chart-distribution-title = Årlig nedetid brukerne ser, simulerte år (minutter)
chart-distribution-x = minutter nedetid i året
chart-distribution-y = år

## Verktøylinjen

toolbar-aria = Innstillinger
toolbar-preset = Mal
toolbar-your-scenario = Ditt scenario
preset-large = Stor klynge (50 noder, 500 pods)
toolbar-compare = Sammenlign
toolbar-at-least = (minst to)
toolbar-at-least-title = Hafen sammenligner: Minst to plattformer vises alltid
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
toolbar-undo-title = Angre (Ctrl+Z)
toolbar-redo-title = Gjør om (Ctrl+Shift+Z)
toolbar-clear = Fjern feil ({ $count })
toolbar-share = Del…
toolbar-share-title = Lenken til dette scenarioet, en iframe til en wiki-side, bilder av diagrammene
toolbar-download = ⇩ Last ned
toolbar-download-title = Lagre scenarioet som en YAML-fil (formatet hafen-sim leser)
toolbar-open = Åpne…
toolbar-open-title = Åpne en scenariofil eller en docker-compose.yml (eller slipp en på siden)
toolbar-more = ⋯ Mer

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
actions-at = Kl. { $at }, på hver plattform:
action-kill-title = Slå av (tast K); på Compose er dette den ene verten
action-kill-running-title = Slår av noden som kjører { $service }, på hver plattform (på Compose den ene verten): det samme tapet overalt. Velg en node for å slå av den i stedet (tast K)
action-crash = Krasj { $service }
action-crash-title = Prosessen til én replika avsluttes (tast C)
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

## Hva som er galt med et scenario (filer, lenker, lagrede tilstander, endringer)

error-at-line = linje { $line }: { $field }: { $message }
error-in-field = { $field }: { $message }
note-event-dropped-node = { $id }: Hendelsen kl. { $at } utgår: Noden { $node } finnes ikke på { $platform }
note-event-dropped-zone = { $id }: Hendelsen kl. { $at } utgår: Sonen { $zone } finnes ikke på { $platform }
bad-control-plane-nodes = et selvdrevet kontrollplan har 1 til 7 noder, ikke { $got }
bad-between = må være mellom { $min } og { $max }, ikke { $got }
bad-between-bare = må være mellom { $min } og { $max }
bad-at-most = høyst { $max }
bad-managers = må være mellom 1 og antall noder ({ $nodes }), ikke { $got }
bad-zones-most = høyst { $max } soner
bad-node-resources = en node trenger litt CPU og minne
bad-duration-most = høyst { $max } simulert tid
bad-duration-zero = et scenario trenger litt simulert tid, f.eks. 1h
bad-zones-nodes = { $zones } soner, men bare { $nodes ->
        [one] én worker-node
        *[other] { $nodes } worker-noder
    }: Hver sone trenger en node
bad-no-services = applikasjonen har ingen tjenester
bad-services-most = høyst { $max } tjenester
bad-events-most = høyst { $max } hendelser
bad-service-needs-name = en tjeneste trenger et navn
bad-name-compose-rule = { $why } (Composes regel for tjenestenavn)
bad-tag-docker-rule = { $why } (Dockers regel for image-tagger)
bad-service-twice = to tjenester heter «{ $service }»
bad-startup-day = en oppstart på mer enn ett døgn er ikke plausibel
bad-second-to-hour = må være mellom 1 s og 1 h
bad-at-most-day = høyst ett døgn
bad-pre-stop-hour = en preStop-pause på mer enn en time er ikke plausibel
bad-image-empty = imaget til en tjeneste trenger et navn, f.eks. postgres:15-alpine
bad-image = «{ $image }» er ikke et image-navn: skriv det som navn:tag med små bokstaver og uten mellomrom, f.eks. postgres:15-alpine
bad-cpu-limit = grensen ({ $limit } m) er lavere enn requesten ({ $request } m); det avviser Kubernetes
bad-memory-limit = grensen ({ $limit } MiB) er lavere enn requesten ({ $request } MiB); det avviser Kubernetes
bad-autoscale-range = krever 1 ≤ min ≤ max ≤ { $most }, ikke { $min }–{ $max }
bad-autoscale-cpu = mål-CPU må være mellom 1 og 1 000 %
bad-autoscale-capacity = en autoskalert tjeneste trenger capacity_rps (CPU-bruken følger last delt på kapasitet)
bad-autoscale-behavior-policy = en oppskaleringspolicy legger til minst 1 (pod eller %) per periode
bad-autoscale-behavior-window = et stabiliseringsvindu er høyst 1 h, ikke { $got }
bad-no-such-node = ingen node heter «{ $node }» (noder: { $nodes })
bad-capacity-zero = må være minst 1 forespørsel/s (utelat den for ubegrenset)
bad-no-such-service = ingen tjeneste heter «{ $service }»
bad-depends-on-itself = en tjeneste kan ikke avhenge av seg selv
bad-replicas-total = { $total } replikaer i alt; høyst { $max }
bad-cycle = avhengighetene danner en sirkel
bad-rps-most = høyst { $max } forespørsler/s
bad-after-end = { $at } er etter slutten av scenarioet ({ $end })
bad-no-such-zone = ingen sone heter «{ $zone }» (soner: { $zones })
bad-no-zones = ingen sone heter «{ $zone }» (denne plattformen har ingen soner: Sett platform.zones)
bad-release-version = en release trenger et versjonsnavn
bad-no-volume = { $service } har ikke noe volum (ikke tilstandsbevarende)
bad-traffic-section = en trafikkendring trenger en `traffic:`-seksjon som navngir inngangstjenesten
bad-name-long = «{ $name }…» er lengre enn { $most } tegn
bad-name-character = «{ $name }» inneholder '{ $character }'; bruk bokstaver, sifre, '.', '_' og '-'

## Tider utenfor grensene

bad-period-short = et intervall må være minst 100 ms, ikke { $got }
bad-at-most-year = høyst ett år, ikke { $got }
bad-percent-most = høyst { $max } %, ikke { $got } %
bad-surge-and-unavailable-zero = maxSurge og maxUnavailable kan ikke begge være 0: Kubernetes avviser et slikt Deployment (det ville aldri kunne erstatte en pod)

## Teamets situasjon

bad-compose-one-machine = Docker Compose kjører på én maskin
bad-team = må være mellom 1 og 100 000 personer, ikke { $got }
bad-deploys-per-day = høyst 10 000 om dagen, ikke { $got }
bad-uptime-target = må være mellom 50 % og 99,999 %, ikke { $got } %

## Scenariofiler

yaml-nothing = ingenting
yaml-true-false = true/false
yaml-whole-number = et heltall
yaml-decimal-number = et desimaltall
yaml-text = tekst
yaml-list = en liste
yaml-map = en map
yaml-unsupported = en verdi som ikke støttes
yaml-malformed = ikke gyldig YAML: { $why }
file-nested-too-deeply = for dypt nøstet (mer enn { $most } nivåer med innrykk og liste- eller nøkkelmerker); et scenario trenger en håndfull
file-expected-map = forventet en map med { $keys }, ikke { $got }
file-expected-behavior = forventet default eller en map med { $keys }, ikke { $got }
file-keys-are-names = nøkler må være navn, ikke { $got }
file-unknown-field = ukjent felt «{ $key }»; kjent her: { $known }
file-expected-text = forventet tekst, ikke { $got }
bad-negative = kan ikke være negativ (her { $got })
file-more-than-most = { $got } er mer enn det høyeste tillatte, { $max }
file-expected-whole-number = forventet et heltall, ikke { $got }
file-expected-flag = forventet true eller false, ikke { $got }
file-expected-list = forventet en liste, ikke { $got }
duration-empty = tom varighet
duration-not = «{ $text }» er ikke en varighet (eksempler: 500ms, 10s, 15m, 2h, 1h30m)
duration-too-large = «{ $text }» er for stort
duration-needs-unit = «{ $text }» trenger en enhet (ms, s, m, h, d), f.eks. { $number }s
duration-unknown-unit = ukjent enhet «{ $unit }» i «{ $text }» (bruk ms, s, m, h eller d)
duration-too-long = «{ $text }» er for lang
file-number-needs-unit = { $number } trenger en enhet, f.eks. { $number }s eller { $number }m
file-expected-duration = forventet en varighet som 10s, ikke { $got }
cpu-not = «{ $text }» er ikke en CPU-mengde (eksempler: 250m, 0.5, 2)
cpu-implausible = { $text } kjerner er ikke en plausibel mengde
cpu-too-much = for mye CPU
memory-not = «{ $text }» er ikke en mengde (eksempler: 256Mi, 4Gi)
memory-unknown-unit = «{ $text }»: ukjent enhet (bruk Mi, Gi eller Ti)
memory-too-large = for stort
file-expected-cpu = forventet en CPU-mengde som 250m eller 2, ikke { $got }
file-expected-memory = forventet en mengde som 256Mi, ikke { $got }
file-unknown-kind = ukjent type «{ $kind }» (frontend, backend, worker, database, cache, queue, ingress)
file-unknown-restart = ukjent restart-policy «{ $policy }» (no, always, unless-stopped, on-failure)
file-expected-version-name = forventet et versjonsnavn, ikke { $got }
file-which-platform = oppgi plattformen: compose, swarm eller kubernetes
file-compose-one-host = Docker Compose kjører på nøyaktig én vert
file-needs-a-node = trenger minst én node
file-unknown-control-plane = ukjent kontrollplan «{ $got }» (managed, self-hosted)
file-expected-kubernetes-version = forventet en versjon som «1.32», ikke { $got }
file-not-kubernetes-version = «{ $text }» er ikke en versjon som «1.32»
file-reaction-or-preset = { $why }; eller en forhåndsinnstilling: on-call, office-hours, weekend
file-control-plane-nodes-only = kontrollplannoder gjelder bare Kubernetes med control_plane: self-hosted
file-control-plane-needs-node = et selvdrevet kontrollplan trenger minst én node
file-managers-only-swarm = managere gjelder bare Docker Swarm
file-event-needs-at = en hendelse trenger `at:`, f.eks. { "{" } at: 60s, kill_node: node-1 { "}" }
file-event-one-action = en hendelse har nøyaktig én handling i tillegg til `at` (en av { $actions }), ikke { $got }
file-expected-node-or-running = forventet et nodenavn eller { "{" } running: <service> { "}" }
file-needs-key = { $action } trenger `{ $key }:`
file-expected-rps = forventet { "{" } rps: <forespørsler per sekund> { "}" }
file-expected-config-target = forventet all, et tjenestenavn eller { "{" } service: <name> { "}" }
file-resize-needs-size = resize_volume trenger `size:`, f.eks. 20Gi
file-story-needs-title = en historie trenger `title:`
file-story-needs-steps = en historie trenger `steps:`, en liste med steg
file-unknown-panel = ukjent visning «{ $panel }» ({ $known })
file-question-one-target = et spørsmål gjelder én tjeneste eller én node
file-unknown-outcome = ukjent utfall «{ $outcome }» ({ $known })
file-question-needs-platform = et spørsmål trenger `platform:`, plattformen det spør om
file-question-needs-target = et spørsmål trenger `service:` eller `node:`, det det spør om
file-step-needs-title = et steg trenger `title:`
file-unknown-platform = ukjent plattform «{ $platform }» (compose, swarm, kubernetes)
file-uptime-target = et mål mellom 50 og 99,999 (%), ikke { $got }
file-expected-number = forventet et tall, ikke { $got }
file-mtbf = en gjennomsnittlig tid mellom feil må være mellom 1 h og { $max } h
file-unknown-price-table = ukjent pristabell «{ $table }» ({ $known })
file-listed-twice = { $platform } står to ganger i listen
file-two-or-three-platforms = oppgi to eller tre plattformer å sammenligne: compose, swarm, kubernetes
file-too-large = en scenariofil kan være høyst { $most } KiB
file-empty = filen er tom
file-one-scenario = ett scenario per fil: Fjern det andre YAML-dokumentet
file-expected-seed = forventet et heltall ≥ 0, ikke { $got }
file-where-it-runs = oppgi hvor det kjører: platform: { "{" } kind: compose | swarm | kubernetes { "}" }
file-needs-services = applikasjonen trenger `services:`
file-traffic-needs-entry = traffic trenger `entry:`, tjenesten brukerne kaller

## Dokumenter i lenker og lagrede tilstander

bad-price-table = ukjent pristabell «{ $table }»

## Compose-filer som avvises

compose-too-large = en Compose-fil kan være høyst { $most } KiB
compose-one-file = én Compose-fil per fil: Fjern det andre YAML-dokumentet
compose-keys-are-names = nøkler må være navn
compose-merge-takes = en sammenslåing (<<) tar en map eller en liste med maps, ikke { $got }
compose-merge-takes-maps = en sammenslåing (<<) tar maps
compose-unreadable-value = en verdi som ikke kan leses (et alias til ingenting, eller aliaser over grensen)
variables-nested = variabler er nøstet dypere enn { $most } nivåer
variable-not-closed = «${ "{" }» uten avsluttende «{ "}" }» i «{ $value }»
variable-not-a-name = «${ "{" }{ $body }{ "}" }» er ikke en variabel (et navn består av bokstaver, sifre og '_')
variable-unknown-operator = «${ "{" }{ $body }{ "}" }»: ukjent operator etter { $name } (bruk :-, -, :?, ?, :+ eller +)
compose-is-a-map = en Compose-fil er en map med services:, ikke { $got }
compose-needs-services = en Compose-fil trenger services:
compose-no-services = ingen tjenester i filen
compose-expected-services-map = forventet en map med tjenester, ikke { $got }
compose-expected-map = forventet en map, ikke { $got }
compose-all-in-profiles = hver tjeneste er i en profil: Ingenting kjører uten --profile
compose-needs-image = en tjeneste trenger image: eller build:
expect-cpu-cores = CPU-kjerner, f.eks. 0.5
expect-services = en liste eller en map med tjenester
expect-mode = replicated eller global
expect-condition = none, on-failure eller any
expect-restart = no, always, on-failure eller unless-stopped
expect-mounts = en liste med monteringer
expect-mount = en montering som data:/var/lib/data
expect-duration-long = en varighet som 30s eller 1m30s
expect-restart-policy = en restart-policy
expect-kind = en tjenestetype
expect-size = en størrelse som 10Gi
expect-whole-positive = et heltall ≥ 1
expect-memory-upper = en mengde som 512M eller 1G
expect-autoscale = { "{" } min, max, cpu { "}" }
expect-autoscale-behavior = default eller { "{" } scale_up_pods, scale_up_percent, scale_up_window, scale_down_window { "}" }
expect-duration = en varighet som 5s
expect-image = et image-navn som postgres:15-alpine
expect-memory-lower = en mengde som 512m eller 1g

## Skrevne historier som avvises

expect-declared-volume = et volum som er deklarert under volumes: på øverste nivå
bad-characters-most = høyst { $most } tegn, ikke { $got }
story-needs-title = en historie trenger en tittel
story-needs-step = en historie trenger minst ett steg
story-steps-most = høyst { $most } steg, ikke { $got }
story-step-needs-title = et steg trenger en tittel
story-ends-before-start = slutter ({ $to }) før det begynner ({ $from })
story-no-such-node = { $platform } har ingen node som heter «{ $node }» (noder: { $nodes })
story-not-a-service-outcome = { $outcome } er ikke et utfall for en tjeneste; velg blant { $known }
story-not-a-node-outcome = { $outcome } er ikke et utfall for en node; velg blant { $known }
story-choices-count = to til { $most } svar, ikke { $got }
story-choice-twice = et svar står to ganger i listen
story-platform-not-shown = { $platform } vises ikke i dette steget

## Forhåndsvalg og spørsmål

story-outage-circular = utfallet til { $service } går i sirkel gjennom avhengighetene
story-no-node = ingen node heter «{ $node }»
preset-unknown = ingen mal heter «{ $preset }»
preset-stale = den pakkede malen «{ $preset }» er utdatert: Kjør UPDATE_PACKED=1 cargo test -p hafen-core --lib presets

## Endringer som avvises

edit-not-on-off = «{ $value }» er verken på eller av
edit-not-whole = { $what } må være et heltall, ikke «{ $value }»
edit-negative = { $what } kan ikke være negativ
edit-at-most = { $what } kan være høyst { $max }
edit-what-replicas = replikaer
edit-what-compose-containers = containere på Compose
edit-what-capacity = kapasitet
edit-what-autoscale-min = autoskalererens minimum
edit-what-autoscale-max = autoskalererens maksimum
edit-needs-cpu = en container trenger litt CPU
edit-needs-memory = en container trenger litt minne
edit-unknown-restart = ukjent restart-policy «{ $policy }»
edit-unknown-kind = ukjent tjenestetype «{ $kind }»
edit-capacity-zero = kapasiteten må være minst 1 forespørsel/s (la feltet stå tomt for ubegrenset)
edit-cpu-limit-zero = en CPU-grense må være over null (la feltet stå tomt for ingen)
edit-autoscale-form = skriv autoskalereren som min-max, f.eks. 2-10
edit-last-service = applikasjonen trenger minst én tjeneste
edit-compose-one-host = Docker Compose kjører på én vert
edit-not-removable = { $node } er ikke en worker-node som kan fjernes
edit-last-node = en klynge trenger minst én worker-node
edit-no-traffic-entry = applikasjonen har ingen tjeneste som kan ta imot trafikk
edit-story-step = steg { $step } i historien: { $why }

## Hva Compose-importen melder

compose-place-service-line = services.{ $service }.{ $key } (linje { $line })
compose-place-service = services.{ $service }.{ $key }
compose-place-line = { $key } (linje { $line })
compose-place = { $key }
compose-warning = { $place }: { $note }
compose-not-simulated = lest, ikke simulert
compose-unknown-key = ikke en nøkkel i Compose Specification; ignorert
compose-obsolete = foreldet; Compose ignorerer den
compose-bind-mount = bind mount av vertsstien «{ $path }»: knyttet til verten, ikke et volum som flytter med tjenesten; ikke simulert
compose-only-build = bygget fra kildekode: Imaget er ukjent; typen ble utledet fra tjenestens navn
compose-in-profile = i profilen { $profiles }: `docker compose up` starter den ikke uten --profile; ikke importert
compose-dependency-dropped = avhenger av { $service }, som ikke ble importert; avhengigheten er fjernet
compose-unset = variabelen { $variable } er ikke satt (Hafen har verken miljø eller .env-fil); den tomme strengen ble brukt
compose-required = variabelen { $variable } er påkrevd («{ $message }»): Compose ville stoppet; den tomme strengen ble brukt
compose-bad-value = «{ $value }» kunne ikke leses (forventet { $expected }); standardverdien ble beholdt
compose-constraint = plasseringsregelen «{ $constraint }» nevner ingen node Hafen tegner; ikke simulert
compose-start-order = betingelsen { $condition } styrer bare oppstartsrekkefølgen, som ikke simuleres; selve avhengigheten simuleres: Denne tjenesten kan ikke svare mens { $dependency } er nede
compose-global = global modus: én replika per node, { $replicas } på klyngen som sammenlignes
compose-port-clash = { $replicas } replikaer publiserer én fast vertsport: På én vert kan bare én container binde den, så Compose kjører én; klyngene kjører alle { $replicas } bak lastbalansererne sine
compose-assumed-resources = ingen ressurser oppgitt: antatt requests på { $cpu } m CPU og { $memory } MiB minne
compose-assumed-volume = et navngitt volum: en tilstandsbevarende tjeneste (et StatefulSet på Kubernetes) med et antatt volum på { $gib } GiB
compose-assumed-traffic = antatt { $rps } forespørsler/s fra brukere inn til { $entry } (filen sier det ikke; endre det i appen eller scenariofilen)
compose-assumed-entry = ingen tjeneste publiserer en port: Det antas at brukerne kaller { $entry }, som ingenting avhenger av
compose-assumed-cluster = sammenlignet på en Kubernetes-klynge med { $nodes } worker-noder med { $cpu } vCPU og { $memory } GiB hver{ $gpu ->
        [0] {""}
        [one] { " og 1 GPU-node" }
        *[other] { " og " }{ $gpu } GPU-noder
    } (antatt: den minste der hver replika får plass på nodene som er igjen når én svikter)

## Åpnede filer

file-refused = { $file }: { $why }

## Lenker og lagrede tilstander som ikke kan åpnes

link-empty = lenken inneholder ikke noe scenario etter #
link-too-long = lenken er { $length } tegn lang; en Hafen-lenke er høyst { $most } KiB
link-no-version = dette er ikke en Hafen-scenariolenke (delen etter # begynner med «{ $version }.»)
link-newer = lenken er laget av en nyere Hafen (format { $theirs }); denne leser format { $ours }
link-not-base64 = lenken har tegn en Hafen-lenke aldri har: Den ble endret eller kuttet da den ble kopiert
link-damaged = lenken er avkuttet eller skadet: Kopier hele adressen på nytt
link-too-big = lenken pakkes ut til mer enn { $most } MiB og avvises
link-not-a-document = lenken inneholder ikke et Hafen-scenario (avkuttet, eller laget av noe annet)
link-invalid = scenarioet i lenken avvises: { $why }

## Appen avviser

refused-show-two = vis minst to plattformer for å sammenligne
worker-missing = Hafen kunne ikke starte filleseren sin (hafen-files_loader.js). Last inn siden på nytt; hvis det vedvarer, er filene ved siden av index.html ufullstendige.

## Felt og skjemaer

form-not-a-number = «{ $text }» er ikke et tall
form-empty = tomt
form-field-refused = { $field }: { $why }
not-changed = Ikke endret: { $why }
updating-note = Oppdateres etter den siste endringen: Tallene nedenfor gjelder fortsatt dokumentet før den.

## Kostnadsoversikter

money-both = { $eur } + { $usd }
cost-item-host = 1 vert (én VPS)
cost-item-host-offer = 1 vert: { $offer }
cost-item-workers = { $count } × { $offer } (worker-noder)
cost-item-control-plane = { $count } × { $offer } for et selvdrevet kontrollplan
cost-item-managed-control-plane = administrert kontrollplan
cost-item-load-balancer = lastbalanserer foran nodene
cost-item-gpu = { $count } × GPU-node
cost-item-block-storage = { $gib } GiB blokklagring
cost-item-persistent-volumes = lagring (PersistentVolumes)
cost-source-no-offer-fits = ingen enkelt-VM i tabellen rommer { $cpu } vCPU / { $gib } GiB; den største vises
cost-source-own-machines = prices.md: Et selvdrevet kontrollplan kjører på egne maskiner (3 for høy tilgjengelighet)
cost-missing-vm = VM-pris
cost-missing-node = nodepris
cost-missing-control-plane-node = pris for kontrollplannode
cost-missing-managed-fee = avgift for administrert kontrollplan (ikke i denne pristabellen, der klyngene driver sitt eget kontrollplan)
cost-missing-load-balancer = lastbalanserer
cost-missing-gpu = GPU-node
cost-missing-block-storage = blokklagring
cost-people-compose = designdokumentene (prices.md): drift 2–4 h/måned, opplæring ~0 h, oppsett «timer» (lest som 2–8 h)
cost-people-swarm = antakelse: Designdokumentene oppgir ingen tall for Swarm; satt mellom Compose og Kubernetes
cost-people-kubernetes = designdokumentene (prices.md): drift 20–40 h/måned, opplæring 100–120 h, oppsett 40–80 h

## Kostnadsvisningen

cost-aria = Kostnader
cost-heading = Hva det koster
cost-prices = Priser
cost-ops-rate = Timepris drift EUR/h
cost-ops-rate-field = timepris drift
cost-downtime-rate = Nedetid EUR/h
cost-downtime-field = kostnad ved nedetid
cost-months = Måneder
cost-months-field = måneder
cost-usd-rate = USD per EUR
cost-usd-rate-field = USD per EUR
cost-keep-apart = adskilt
cost-note = Listepriser per { $date } ({ $source }). Timeprisen og kostnaden ved nedetid er dine egne tall; standardverdiene er antakelser.
cost-caption = Per måned, og totalt over perioden
cost-row-infrastructure = infrastruktur
cost-row-of-which = herav
cost-row-not-priced = ikke i pristabellen
cost-row-ops-hours = driftstimer
cost-row-people = personell
cost-row-expected-downtime = forventet nedetid
cost-row-downtime-cost = kostnad ved nedetid
cost-row-total = totalt per måned
cost-row-once = én gang: oppsett og opplæring
cost-row-horizon = totalt over { $months } måneder
cost-line = { $item }: { $amount }
cost-hours = { $hours } h
cost-minutes = { $minutes } min
cost-needs-rate = trenger en USD-kurs
cost-people-sources = Hvor tallene for personell kommer fra
break-even-from-start = Kubernetes koster mindre enn Docker Compose fra første måned.
break-even-month = Kubernetes har tjent inn de høyere faste kostnadene i måned { $month }: Deretter er totalkostnaden lavere enn for Docker Compose.
break-even-never = Kubernetes lønner seg aldri med disse tallene: Det koster mer hver måned, og mindre nedetid veier ikke opp for det (sett over { $months } måneder).
break-even-later = Kubernetes lønner seg ikke innen { $months } måneder (senere vil det: Det koster mindre per måned).
break-even-needs-rate = EUR og USD er blandet: Skriv inn en kurs i USD per EUR for å sammenligne totaler og finne måneden det går i balanse.

## Felt for tilgjengelighet

availability-node-mtbf-field = feilintervall for noder
availability-replica-mtbf-field = feilintervall for replikaer
availability-hang-mtbf-field = hengeintervall for replikaer

## Rådgiveren

verdict-cheapest = { $platform }: oppfyller oppetidsmålet på { $target } og alle krav, og koster { $total } over { $months } måneder, { $by } mindre enn { $next } ({ $next_total }), den neste som gjør det.
verdict-only = { $platform }: den eneste plattformen som oppfyller oppetidsmålet på { $target } og alle krav ({ $total } over { $months } måneder).
verdict-needs-rate = { $platforms } oppfyller oppetidsmålet på { $target } og alle krav; hva som koster minst, avhenger av valutakursen: Oppgi USD per EUR under fanen Kostnader.
verdict-none-meets = Ingen: Ingen plattform oppfyller oppetidsmålet på { $target }; nærmest kommer { $platform } med { $availability }.
verdict-none-meets-requirements = Ingen: Ingen plattform som oppfyller alle krav, når oppetidsmålet på { $target }; nærmest kommer { $platform } med { $availability }.
verdict-none-satisfies = Ingen: Ingen plattform oppfyller alle absolutte krav.
requirement-node-autoscaling = maskiner legges til og fjernes automatisk
requirement-zero-downtime = utrullinger uten nedetid
why-cluster-autoscaler = cluster autoscaler legger til noder for pods i Pending og fjerner noder det ikke er bruk for
why-no-automatic-machines = ingenting legger til en maskin av seg selv: Det gjør en person
why-deploy-no-downtime = en simulert utrulling lot { $entry } svare hele tiden
why-deploy-downtime = en simulert utrulling gjorde { $entry } utilgjengelig i { $down }
source-crash = krasj i { $service }
source-hang = heng i { $service }
source-node = feil på noden som kjører { $service }
source-host = feil på selve verten
source-deploys = utrullingene
source-failures = feil
need-restart-policy = `restart: unless-stopped` for { $services } (etter krasj startes den da på nytt med en gang i stedet for å vente på en person): { $then }
need-watchdog = containere i { $services } som henger, startes på nytt: en vakthund som autoheal, eller en omstart som tar hensyn til helsesjekken (Dockers restart-policyer overser en container med status unhealthy): { $then }
need-healthcheck = en HEALTHCHECK for { $services }, slik at Swarm erstatter en task som slutter å svare: { $then }
need-liveness = en liveness-probe for { $services }, slik at kubelet starter en container som slutter å svare, på nytt: { $then }
need-second-replica = en replika til av { $services } på en annen node: { $then }
need-standby = et replikert oppsett for { $services } med en standby å bytte over til (en replika til deler ikke dataene av seg selv): { $then }
need-out-of-reach = likevel uoppnåelig på { $platform } ({ $best }): Den største resten kommer fra { $source }, { $minutes } i måneden
needs-reach = { $platform } når { $target } bare med
needs-cannot-reach = { $platform } kan ikke nå { $target }
reason-meets-target = anslått tilgjengelighet { $availability } ({ $down } nedetid i måneden): oppfyller målet på { $target }
reason-misses-target = anslått tilgjengelighet { $availability } ({ $down } nedetid i måneden): bommer på målet på { $target }
reason-requests = anslått andel besvarte forespørsler: { $share }
reason-deploy-no-downtime = en utrulling (simulert) lar { $entry } svare hele tiden
reason-deploy = en utrulling (simulert) gjør { $entry } utilgjengelig i { $down }: { $month } i måneden med { $per_day ->
        [one] 1 utrulling
        *[other] { $per_day } utrullinger
    } om dagen
reason-data-left-behind = en nodefeil bringer { $services } tilbake på en annen node med et nytt, tomt volum: Dataene blir liggende på den døde noden (Swarm holder ikke en task ved det lokale volumet), så anslaget regner { $count ->
        [one] tjenesten
        *[other] tjenestene
    } som nede til driften griper inn ({ $operator }); `node:` (en plasseringsregel) beholder dataene og venter heller på noden
reason-excluded = oppfyller ikke et absolutt krav, { $requirement }: { $why }
reason-total = { $total } over { $months } måneder ({ $monthly } i måneden: maskiner, personell og forventet nedetid)
reason-costs-more = { $by } mer enn { $platform }, anbefalingen
reason-costs-less-but = { $by } mindre enn { $platform }, men bommer på målet eller et krav
reason-costs-depends = om den koster mer enn { $platform }, anbefalingen, avhenger av valutakursen
reason-needs = { $heading }: { $needs }
trigger-team-under-3 = team mindre enn 3
trigger-under-100-rps = under 100 forespørsler/s
trigger-one-or-two-machines = 1–2 maskiner
trigger-team-over-3 = team større enn 3
trigger-over-1000-rps = over 1 000 forespørsler/s
trigger-over-5-machines = over 5 maskiner
trigger-over-20-containers = over 20 containere
trigger-over-10-deploys = over 10 utrullinger om dagen
figure-team = { $people ->
        [one] team på 1
        *[other] team på { $people }
    }
figure-peak-rps = { $rps } forespørsler/s
figure-machines = { $machines ->
        [one] 1 maskin
        *[other] { $machines } maskiner
    } med { $platform } i dag
figure-containers = { $containers } containere med { $platform }
figure-deploys = { $deploys ->
        [one] 1 utrulling/dag
        *[other] { $deploys } utrullinger/dag
    }
advice-restart-no = { $count ->
        [one] Tjenesten
       *[other] Tjenestene
    } { $services } kjører med `restart: no`, Dockers standard: En container som krasjer, venter på en person (driftens reaksjonstid { $operator }). `restart: unless-stopped` starter den på nytt etter { $delay } pluss oppstartstiden.
advice-hangs-wait = På { $platform } venter heng i { $services } på en person (driftens reaksjonstid { $operator }): Ingenting starter en container som kjører, men ikke svarer lenger, på nytt. { $fix }
advice-hang-fix-watchdog = Dockers restart-policyer overser en container med status unhealthy: En vakthund som autoheal, eller en omstart som tar hensyn til helsesjekken, ville startet den på nytt.
advice-hang-fix-healthcheck = Med en HEALTHCHECK erstatter Swarm tasken så snart den er unhealthy.
advice-hang-fix-liveness = Med en liveness-probe starter kubelet den på nytt.
path-swarm-init = legg til maskiner og kjør `docker swarm init` (3 managere for quorum)
path-stack-deploy = rull ut den samme Compose-filen med `docker stack deploy`; `restart:` blir `deploy.restart_policy`
path-pin-stateful = bind tilstandsbevarende tjenester til maskinen som har volumet deres (en plasseringsregel: ellers starter Swarm dem et annet sted med et tomt volum), eller flytt dataene til delt lagring
path-load-balancer = sett en lastbalanserer foran maskinene
path-translate = oversett tjenestene til Deployments, StatefulSets med PersistentVolumeClaims, Services og en Ingress
path-probes = legg til liveness- og readiness-prober (rullerende oppdateringer bygger på readiness), med en startupProbe for tjenester som starter sakte
path-control-plane = velg et administrert kontrollplan eller kjør 3 kontrollplannoder
path-budget-hours = sett av 100–120 h opplæring og 20–40 h drift i måneden (designdokumentene)

## Rådgiverens visning

advisor-not-a-number = ikke et tall
advisor-trigger = { $mark } { $trigger } — { $figure }
advisor-path-compose = Veien videre: Compose nå → Swarm → Kubernetes
advisor-path-swarm = Veien videre: Swarm nå → Kubernetes
advisor-path-kubernetes = Allerede på Kubernetes
advisor-aria = Rådgiver
advisor-heading = Hvilken plattform passer
advisor-note = Situasjonen deres i dag, ikke klyngene som er tegnet for sammenligning. Alle tallene kan dere endre.
advisor-today = Kjører i dag på
advisor-machines = Maskiner
advisor-team = Teamstørrelse
advisor-deploys = Utrullinger om dagen
advisor-uptime = Oppetidsmål %
advisor-traffic = Trafikk, forespørsler/s
advisor-zero-downtime = utrullinger uten nedetid er forretningskritiske
advisor-node-autoscaling = maskiner må legges til og fjernes automatisk
advisor-from-doc = fra scenarioet: { $rps } forespørsler/s, { $containers } containere med { $platform }
advisor-recommendation = Anbefaling: { $platform }
advisor-recommendation-none = Anbefaling: ingen
advisor-figures = Tallene anbefalingen følger (fanene Tilgjengelighet og Kostnader)
advisor-col-availability = tilgjengelighet (anslag)
advisor-col-requests = besvarte forespørsler (anslag)
advisor-col-deploy = en utrulling (simulert)
advisor-col-monthly = totalt i måneden
advisor-col-horizon = over { $months } måneder
advisor-col-target = oppfyller { $target }
advisor-col-fails = oppfyller ikke
advisor-yes = ja
advisor-no = nei
advisor-requirements = Absolutte krav
advisor-requirement-platform = { $mark } { $platform }: { $why }
advisor-why = Begrunnelsen, plattform for plattform
advisor-rules = Tommelfingerreglene i designdokumentene
advisor-rules-note = Til orientering: Anbefalingen over følger tallene. Dokumentenes regler om SLA og nedetid ved utrulling avgjøres av anslagene; utrullinger uten nedetid og maskiner som legges til automatisk, er absolutte krav.
advisor-stay = Bli på Compose så lenge
advisor-consider = Vurder Kubernetes over
advisor-triggers-source = Tommelfingerregler fra designdokumentene (prices.md): bli på Compose under et team på 3, 100 forespørsler/s og 1–2 maskiner; vurder Kubernetes over et team på 3, 1 000 forespørsler/s, 5 maskiner, 20 containere eller 10 utrullinger om dagen.

## Inspektøren

inspector = Inspektør
inspector-close-aria = Lukk inspektøren (Esc)
inspector-close = Lukk (Esc)
inspector-idle = Velg en replika, en tjeneste eller en node (klikk, eller Tab og piltaster) for å se og endre innstillingene. Enter åpner inspektøren; Delete fjerner.
inspector-host = Den ene Docker-verten. Stanses den, stanses node-1 i klyngene i samme øyeblikk.
inspector-node = En worker-node. Handlinger gjelder ved tidsmarkøren på alle plattformer (på Compose, på den ene verten).
inspector-remove-node = Fjern { $node } fra klyngene
inspector-crash = Krasj én replika
inspector-hang = La én replika henge
inspector-remove-service = Fjern tjenesten
field-replicas = replikaer
field-replicas-hint = Swarm og Kubernetes
field-compose-replicas = containere på Compose
field-compose-replicas-hint = tomt: samme som replikaer
field-cpu = CPU
field-cpu-hint = request, f.eks. 250m eller 0.5
field-memory = minne
field-memory-hint = request, f.eks. 256Mi eller 1Gi
field-startup = oppstart
field-startup-hint = til den svarer, f.eks. 5s
field-capacity = kapasitet forespørsler/s
field-capacity-hint = per replika; tomt: ubegrenset
field-depends-on = avhenger av
field-depends-on-hint = tjenester den kaller, kommaseparert
field-autoscale = autoskalering
field-autoscale-hint = Kubernetes min-max ved 70 % CPU; tomt: av
field-volume = volum
field-volume-hint = tilstandsdata, f.eks. 10Gi
field-cpu-limit = CPU-grense
field-cpu-limit-hint = tomt: ingen (den kan bruke ledig CPU på noden)
field-pre-stop = preStop-pause
field-pre-stop-hint = Kubernetes: svarer fortsatt mens endepunktet fjernes, f.eks. 5s
field-image = image
field-image-hint = container-image og tag, f.eks. postgres:15-alpine
field-stateful = tilstandsbevarende
field-liveness = liveness-probe / HEALTHCHECK
field-readiness = readiness-probe
field-startup-probe = startup-probe (30 × 10 s, Kubernetes)
field-kind = type
field-restart = restart (Compose)
field-restart-no = no (Dockers standard)
field-pin = bundet til
field-pin-any = hvilken som helst node (scheduleren avgjør)

## Merknadslinjen

notice-saved-now = { " " }(lagret akkurat nå)
notice-saved-minutes = { " " }(lagret for { $minutes } min siden)
notice-saved-hours = { " " }(lagret for { $hours } h siden)
notice-saved-days = { " " }(lagret for { $days } dager siden)
notice-restored = Det siste scenarioet ditt er gjenopprettet{ $ago }.
notice-bad-link-saved = Denne lenken kunne ikke åpnes: { $why }. Det siste scenarioet ditt vises i stedet.
notice-bad-link-preset = Denne lenken kunne ikke åpnes: { $why }. En mal vises i stedet.
notice-bad-link-unchanged = Denne lenken kunne ikke åpnes: { $why }. Scenarioet ditt er som før.
notice-bad-saved = Scenarioet som er lagret i denne nettleseren, kunne ikke leses: { $why }. Det er lagt til side (local storage «{ $kept }»); Hafen starter med en mal.
notice-bad-file = Denne filen kunne ikke åpnes: { $why }. Scenarioet ditt er som før.
notice-imported = Importerte { $file }: { $services ->
        [one] 1 tjeneste
        *[other] { $services } tjenester
    } på alle plattformer (Angre går tilbake).
notice-imported-warnings = Importerte { $file }: { $services ->
        [one] 1 tjeneste
        *[other] { $services } tjenester
    } på alle plattformer (Angre går tilbake). { $warnings ->
        [one] 1 ting er
        *[other] { $warnings } ting er
    } ikke simulert eller antatt:
notice-other-tab = En annen Hafen-fane lagret sitt scenario over det denne fanen lagret. Ditt er fortsatt her og i adressen til denne fanen; neste endring lagrer det igjen.
notice-newer = { $count ->
        [one] En nyere Hafen laget denne lenken: Én innstilling i den forstås ikke her og ble utelatt.
       *[other] En nyere Hafen laget denne lenken: { $count } innstillinger i den forstås ikke her og ble utelatt.
    }
notice-show-them = Vis dem
notice-fresh = Start med en mal i stedet

## Når appen åpnes

app-preset-failed = Malen «{ $preset }» kunne ikke åpnes ({ $why }); FeastFlow vises.
app-presets-unreadable = De innebygde malene kunne ikke leses: { $why }
file-too-big-to-open = «{ $file }» er { $size } KiB; en scenariofil er høyst { $most } KiB
file-cannot-read-here = nettleseren kan ikke lese filer her
file-not-text = filen kunne ikke leses som tekst
file-browser-refused = nettleseren ville ikke lage filen

## Planlagte hendelser og bildetekster

fault-kill-node = { $node } mister strømmen
fault-kill-node-running = noden som kjører { $service }, mister strømmen
fault-restore-node = { $node } kommer tilbake
fault-kill-host = verten mister strømmen
fault-restore-host = verten kommer tilbake
fault-kill-zone = sonen { $zone } går ned
fault-restore-zone = sonen { $zone } kommer tilbake
fault-crash = { $service } krasjer
fault-hang = { $service } henger
fault-deploy = { $service } { $version } rulles ut
fault-deploy-broken = { $service } { $version } rulles ut (en feilaktig release)
fault-traffic = trafikken endres til { $rps } forespørsler/s
fault-config-all = konfigurasjonen endres
fault-config = konfigurasjonen til { $service } endres
fault-resize-volume = volumet til { $service } vokser til { $gib } GiB
fault-scale = { $service } skaleres til { $replicas }
caption-quiet = { $name }: ingen feil planlagt
caption-one = { $name }: { $at } – { $fault }
caption-two = { $name }: { $at } – { $fault }; { $then_at } – { $then }
caption-more = { $name }: { $at } – { $fault }, deretter { $more } hendelser til

## Del

share-heading = Del dette scenarioet
share-close = Lukk
share-link-label = Lenke – hele dokumentet: Den som åpner den, ser denne simuleringen
share-copy = Kopier
share-snippet-label = Bygg inn i en wikiside – den spiller av seg selv; README viser parameterne
share-pictures = Bilder av diagrammene kl. { $at }, med bildetekst og tid:
share-link-copied = Lenken er kopiert.
share-link-selected = Lenken er merket: Trykk Ctrl+C (⌘C) for å kopiere den.
share-snippet-copied = Kodebiten er kopiert.
share-snippet-selected = Kodebiten er merket: Trykk Ctrl+C (⌘C) for å kopiere den.
share-saved = Lagret { $file }.
share-no-picture = Ikke noe bilde: { $why }.
share-embed-title = Hafen: { $caption }
picture-time-line = { $at } av { $end } simulert tid · Hafen: de dokumenterte standardverdiene til Docker Compose, Docker Swarm og Kubernetes
picture-no-diagram = ingen diagrammer vises
picture-browser-failed = nettleseren kunne ikke tegne bildet
picture-no-png = nettleseren kunne ikke lage PNG-filen

## De innebygde historiene: tittel, fortelling, talernotater og spørsmål for hvert steg

story-feastflow-app-title = Én applikasjon, to måter å kjøre den på
story-feastflow-app-narration = FeastFlow: en frontend, en REST-backend og PostgreSQL. Til venstre én container av hver på én vert med Docker Compose; til høyre tre noder med Kubernetes: 3 frontend-pods, 2 backend-pods med autoskalering og et PostgreSQL-StatefulSet.
story-feastflow-app-notes = Utgangspunktet i designdokumentet: i dag på én vert, i produksjon ønsker man høy tilgjengelighet og releaser uten nedetid. Alle tallene dere ser, kommer fra plattformenes dokumenterte standardverdier.
story-feastflow-crash-title = Backenden krasjer
story-feastflow-crash-narration = Kl. 01:00 avsluttes en backend-prosess, på én vert med Compose og på Kubernetes ved siden av. Compose-filen setter ingen egen restart-policy.
story-feastflow-crash-notes = Med `restart: unless-stopped` ville Compose vært tilbake etter omtrent 5 s (100 ms omstartsforsinkelse pluss oppstart). Kubernetes tar den krasjede poden ut av endepunktene til Service-en, så ingen forespørsler feiler.
story-feastflow-crash-question = Backenden krasjer på Compose, med Dockers standard restart-policy. Hva skjer med den?
story-feastflow-crash-after-title = Nede til noen griper inn
story-feastflow-crash-after = Dockers standard `restart: no` gjelder: Backenden er nede til vakthavende i driften griper inn etter 15 minutter. På Kubernetes starter kubelet containeren på nytt, og den andre backend-poden svarer videre.
story-feastflow-node-title = Noden med databasen dør
story-feastflow-node-narration = Kl. 01:00 mister maskinen som kjører PostgreSQL, strømmen: på Compose den eneste verten, på Kubernetes én av tre noder.
story-feastflow-node-notes = NotReady etter 50 s (node-monitor-grace-period, Kubernetes 1.32), eviction etter 300 s (tolerationSeconds), tvangsfrakobling etter 6 min (maxWaitForUnmountDuration). En database med én replika forblir et enkelt feilpunkt på alle plattformer.
story-feastflow-node-question = Noden som kjører PostgreSQL, mister strømmen. Hva skjer med frontenden til FeastFlow på Kubernetes?
story-feastflow-node-after-title = Bare så tilgjengelig som databasen
story-feastflow-node-after = Compose: Verten er borte og alt med den, til noen slår den på igjen og kjører `docker compose up -d`. Kubernetes erstatter frontend- og backend-podene etter eviction (5 minutter), men PostgreSQL er én enkelt StatefulSet-pod: Den erstattes ikke før driften tvangssletter den, og volumet tvangsfrakobles 6 minutter senere. FeastFlow venter på databasen sin på begge plattformene.
story-feastflow-spike-title = Trafikktopp
story-feastflow-spike-narration = Kl. 05:00 hopper trafikken fra 50 til 400 forespørsler/s i 20 minutter. Compose har én backend og én frontend: Forespørsler feiler så lenge toppen varer, med mindre noen endrer filen og skalerer for hånd. Autoskalereren i Kubernetes legger til backend-pods selv, men ikke med en gang: Noen forespørsler feiler til den har tatt igjen etterslepet.
story-feastflow-spike-notes = HorizontalPodAutoscaler synkroniserer hvert 15. sekund og skalerer på CPU (70 % her); nye pods trenger fortsatt oppstartstid og en readiness-probe. På Compose tar `--scale` og en lastbalanserer foran 5–10 minutter for hånd.
story-feastflow-update-title = Oppdater backenden til v2
story-feastflow-update-narration = Kl. 05:00 rulles backend v2 ut, på hver plattforms vanlige måte: `docker compose up -d` med det nye imaget på Compose, Deployment-ets rullerende oppdatering på Kubernetes.
story-feastflow-update-notes = maxSurge 25 %, maxUnavailable 25 % (avrundet: én ekstra pod, ingen mangler). Det korte avbruddet er kappløpet mellom oppdateringen av endepunktene og SIGTERM; en `preStop: sleep 5` fjerner den.
story-feastflow-update-question = Compose ruller ut backend v2. Hva skjer med backenden?
story-feastflow-update-after-title = Først stopp, så start
story-feastflow-update-after = Compose stopper den gamle containeren, henter og starter den nye: Backenden er nede mens det skjer. Kubernetes bytter podene én og én bak readiness-prober, uten nedetid; men uten en preStop-pause når noen få forespørsler fortsatt en pod som er i ferd med å stenge.
story-feastflow-bad-release-title = En feilaktig v2
story-feastflow-bad-release-narration = v2 krasjer rett etter oppstart. Compose har allerede stoppet v1: nede til driften ruller tilbake. På Kubernetes blir de nye podene aldri Ready, utrullingen stopper opp, og de gamle podene svarer videre; `kubectl rollout undo` rydder opp.
story-feastflow-bad-release-notes = progressDeadlineSeconds er 600 s: Deployment-et melder stoppen etter 10 minutter. Ingen av plattformene ruller tilbake automatisk.
story-feastflow-storage-title = Databasen trenger mer lagring
story-feastflow-storage-narration = På Compose: ta sikkerhetskopi, stopp, utvid volumet for hånd, start på nytt, gjenopprett: PostgreSQL er nede under hele prosedyren (antatt 30 minutter). På Kubernetes utvides PersistentVolumeClaim-en mens den kjører, der lagringsklassen tillater det: Ingenting stopper.
story-feastflow-storage-notes = De 30 minuttene er en antakelse, ikke en standardverdi: Endre den i scenarioet. Utvidelse i drift krever `allowVolumeExpansion: true` på StorageClass-en.
story-feastflow-config-title = En konfigurasjonsendring
story-feastflow-config-narration = Compose starter alle containere på nytt samtidig: Ingenting svarer i 8 s. Kubernetes bytter frontend og backend én pod om gangen, men den ene PostgreSQL-poden må også starte på nytt: FeastFlow er nede der i 10 s, til readiness-proben består, og litt flere forespørsler feiler enn på Compose. Rullerende oppdatering hjelper ikke så lenge databasen bare har én replika.
story-feastflow-config-notes = `docker compose up -d` etter å ha endret `.env` mot `kubectl rollout restart` etter å ha endret ConfigMap-en. Databasen er delen ingen av plattformene kan rulle.
story-feastflow-costs-title = Hva det koster
story-feastflow-costs-narration = Compose på én vert, Swarm og Kubernetes på tre noder hver, per måned, med tiden det tar å drifte hver av dem. Denne pristabellen har ingen avgift for det administrerte kontrollplanet til Kubernetes: Visningen fører den under «ikke i pristabellen», utenfor summene.
story-feastflow-costs-notes = Prisene er daterte listepriser (se kildene i kostnadsvisningen); endre dem for deres leverandør.
story-quantum-trader-today-title = Quantum Trader i dag
story-quantum-trader-today-narration = Redis, AI-motoren og utførelsestjenesten på én Hetzner-VPS, én driftsperson, under 10 forespørsler/s, et oppetidsmål på 95 %.
story-quantum-trader-today-notes = Fra den norske vurderingen: Spørsmålet er ikke om Kubernetes er bedre, men om det lønner seg ennå.
story-quantum-trader-host-dies-title = VPS-en dør
story-quantum-trader-host-dies-narration = Alt ligger på én maskin: Når den stopper, stopper alt, og ingenting kommer tilbake før noen får maskinen opp igjen; med én driftsperson i kontortiden kan det ta 4 timer. `restart: unless-stopped` starter så containerne av seg selv.
story-quantum-trader-host-dies-notes = Dette er risikoen målet på 95 % må tåle: 5 % av en måned er 36 timer.
story-quantum-trader-costs-title = Hva Kubernetes ville koste
story-quantum-trader-costs-narration = Den samme applikasjonen på en klynge: flere maskiner, et kontrollplan og timer til oppsett og drift hver måned for et team på én person.
story-quantum-trader-costs-notes = Timene prises med timeprisen i kostnadsvisningen; det er som regel den største delen.
story-quantum-trader-availability-title = Hva det ville gi
story-quantum-trader-availability-narration = Tilgjengelighet over et år ut fra feilratene: hva én vert gir mot en klynge som tåler at en node faller ut.
story-quantum-trader-availability-notes = Sammenlign med målet: Klarer én vert det allerede, kjøper klyngen margin, ikke måloppnåelse.
story-quantum-trader-swarm-title = Swarm som mellomvei
story-quantum-trader-swarm-narration = Docker Swarm kjører den samme Compose-filen på flere maskiner (`docker stack deploy`): failover uten kontrollplanet og læringskurven til Kubernetes, med færre funksjoner.
story-quantum-trader-swarm-notes = Ingen autoskalering, ingen StatefulSets (lås Redis til maskinen sin med en plasseringsregel, ellers starter en nodefeil den et annet sted med et tomt volum), ingen omfordeling når en node kommer tilbake: Det må sjekkes før man velger det.
story-quantum-trader-verdict-title = Konklusjonen
story-quantum-trader-verdict-narration = Rådgiveren holder hver plattforms anslåtte tilgjengelighet opp mot målet på 95 %, og kostnadene over to år: Den billigste som når målet, vinner.
story-quantum-trader-verdict-notes = Den sier hva en plattform ville trengt for et strengere mål; tommelfingerreglene i designdokumentene vises for seg og avgjør ingenting.
story-aima-app-title = AIMA
story-aima-app-narration = En backend, en database, en meldingskø og en GPU-orkestrator som ber om GPU-noder når det kommer arbeid, og gir dem fra seg etterpå.
story-aima-app-notes = Fra den tyske sammenligningen av innsats: oppsett, drift, skalering og feilhåndtering per plattform.
story-aima-setup-title = Oppsett og løpende kostnader
story-aima-setup-narration = Maskiner, GPU-tid og timene til oppsett og drift av hver plattform, per måned.
story-aima-setup-notes = GPU-noden dominerer maskinkostnadene; timene folk bruker, dominerer forskjellen mellom plattformene.
story-aima-operations-title = Drift: hvem gjør hva
story-aima-operations-narration = For hver hendelse kommandoene på hver plattform, eller hva som retter det uten at noen gjør noe: restart-policy, orkestratoren i Swarm, kubelet, eviction, autoskalereren.
story-aima-operations-notes = Der en rad sier at driften griper inn, betyr det en vekking om natten på den plattformen.
story-aima-failures-title = Feilhåndtering
story-aima-failures-narration = Hvor stor del av året AIMA svarer på hver plattform, ut fra feilratene og det hver plattform gjenoppretter selv.
story-aima-failures-notes = Automatisering lønner seg der feil er hyppige og hver av dem koster en time i driften.
story-aima-payback-title = Der automatisering lønner seg
story-aima-payback-narration = Maskiner må legges til ved behov, og det gjør bare Kubernetes av seg selv; rådgiveren holder kostnaden opp mot feilene den fanger opp.
story-aima-payback-notes = Endre oppetidsmålet, utrullingene om dagen eller kravet for å vise hvor svaret snur.
story-surprises-dead-node-traffic-title = node-2 mister strømmen
story-surprises-dead-node-traffic-narration = node-2, én av tre noder, mister strømmen kl. 01:00. På Kubernetes kjører den én av de tre frontend-podene og én av de to backend-podene.
story-surprises-dead-node-traffic-notes = node-monitor-grace-period er 50 s fra Kubernetes 1.32 (40 s før). Routing mesh i Swarm skjuler en død nodes tasks etter noen sekunder (feildetektoren i gossip-laget), før managernes frist for heartbeats går ut.
story-surprises-dead-node-traffic-question = node-2, som kjører én av tre frontend-pods, mister strømmen. Hva skjer med frontenden på Kubernetes?
story-surprises-dead-node-traffic-after-title = En død node får fortsatt trafikk
story-surprises-dead-node-traffic-after = Kubernetes vet det ikke ennå: Frontend- og backend-podene på noden blir værende i endepunktene til Service-en til noden markeres NotReady, omtrent 50 s senere, og forespørslene som sendes dit, feiler. Routing mesh i Swarm tar dem ut etter noen sekunder.
story-surprises-eviction-title = Noden med den eneste backend-poden dør
story-surprises-eviction-narration = Denne gangen har backenden bare én replika, og noden dens dør kl. 01:00. Kubernetes markerer en taus node NotReady etter omtrent 50 s.
story-surprises-eviction-notes = DefaultTolerationSeconds legger `node.kubernetes.io/unreachable` med tolerationSeconds 300 til hver pod. Senk den per pod for raskere failover; flere replikaer er den bedre løsningen.
story-surprises-eviction-question = Noden som kjører den eneste backend-poden, dør. Hva skjer med backenden på Kubernetes?
story-surprises-eviction-after-title = Eviction venter fem minutter
story-surprises-eviction-after = Kubernetes kaster ut og erstatter poden først etter tolerationen på 300 s: omtrent seks minutter uten backend.
story-surprises-statefulset-title = Noden med databasen dør
story-surprises-statefulset-narration = Noden som kjører postgres-0, den eneste PostgreSQL-poden til FeastFlow (et StatefulSet), dør kl. 01:00. Swarm ved siden av kjører den samme databasen på et lokalt volum.
story-surprises-statefulset-notes = Garantien om høyst én pod beskytter dataene. Driften tvangssletter etter 15 minutter (reaksjon i beredskap); ReadWriteOnce-volumet tvangsfrakobles så etter maxWaitForUnmountDuration, 6 minutter. Swarms scheduler vet ikke hvor dataene i et lokalt volum ligger: Bare en plasseringsregel (`node.hostname == node-1`, en låsing med `node:` i Hafen) får tasken til å vente på noden sin i stedet.
story-surprises-statefulset-question = Noden som kjører PostgreSQL (et StatefulSet), dør. Hva skjer med postgres på Kubernetes?
story-surprises-statefulset-after-title = En StatefulSet-pod erstattes ikke
story-surprises-statefulset-after = Etter fem minutter markeres poden for sletting, men blir stående Terminating: Et StatefulSet starter aldri en ny postgres-0 mens den første kanskje fortsatt kjører. Driften tvangssletter den kl. 16:00; volumet tvangsfrakobles 6 minutter senere. Swarm starter postgres et annet sted innen et minutt, med et nytt, tomt volum: Dataene blir liggende på den døde noden, som forblir nede på begge sider (Down, NotReady).
story-surprises-slow-starter-title = En treg oppstarter krasjer én gang
story-surprises-slow-starter-narration = Denne backenden trenger 60 s på å starte, og liveness-proben beholder Kubernetes' standardverdier: Den sjekker hvert 10. sekund fra start og tillater 3 feil. Kl. 01:00 krasjer den én gang.
story-surprises-slow-starter-notes = Løsningen er en startupProbe (eller initialDelaySeconds) som er lengre enn oppstarten. Back-off dobles fra 10 s opp til 5 minutter.
story-surprises-slow-starter-question = En backend som trenger 60 s på å starte, krasjer én gang. Liveness-proben bruker Kubernetes' standardverdier. Hva skjer med den?
story-surprises-slow-starter-after-title = En treg oppstarter kommer aldri i gang
story-surprises-slow-starter-after = Kubelet dreper den 30 s etter hver start, igjen og igjen: CrashLoopBackOff. På Swarm tillater HEALTHCHECK 3 × 30 s, så den kommer i gang.
story-surprises-hung-title = Backenden henger
story-surprises-hung-narration = Kl. 01:00 slutter backenden å svare, men prosessen lever videre. På Compose sjekker en HEALTHCHECK den hvert 30. sekund, på Kubernetes readiness- og liveness-prober hvert 10. sekund.
story-surprises-hung-notes = Bare Swarm (og Kubernetes) reagerer på helsetilstand; ren Docker trenger noe som autoheal eller en person i driften.
story-surprises-hung-question = Backenden henger på Compose; HEALTHCHECK feiler. Hva skjer med den?
story-surprises-hung-after-title = Docker ser en container som henger, men starter den ikke på nytt
story-surprises-hung-after = Docker markerer containeren som unhealthy etter tre mislykkede sjekker, og det er alt: Ingen restart-policy reagerer på helsetilstand. Den henger til driften starter den på nytt. På Kubernetes tar readiness-proben poden ut av endepunktene etter tre mislykkede sjekker, og liveness-proben starter den på nytt; forespørsler som sendes dit før det, feiler.
story-surprises-no-rebalance-title = node-2 kommer tilbake
story-surprises-no-rebalance-narration = node-2 dør kl. 01:00, og Swarm flytter taskene til de andre nodene. Kl. 03:00 er node-2 tilbake.
story-surprises-no-rebalance-notes = `docker service update --force` fordeler taskene til en tjeneste på nytt. Kubernetes flytter heller ikke utkastede pods tilbake (det gjør descheduleren eller en rollout restart); her kommer node-2 tilbake før eviction slår inn etter 5 minutter, så podene dens starter bare opp igjen der.
story-surprises-no-rebalance-question = node-2 kommer tilbake to minutter etter at den døde. Hva gjør Swarm med den?
story-surprises-no-rebalance-after-title = Swarm fordeler ikke på nytt
story-surprises-no-rebalance-after = Swarm plasserer bare nye tasks og flytter aldri kjørende tilbake: node-2 blir uten tasks. På Kubernetes kommer node-2 tilbake før eviction slår inn etter 5 minutter, så podene dens starter opp igjen der.

## Historier og spørsmål

story-title-feastflow = FeastFlow: Compose eller Kubernetes
story-title-quantum-trader = Quantum Trader: trenger vi Kubernetes ennå?
story-title-aima = AIMA: hvor mye innsats hver plattform koster
story-title-surprises = Overraskelsene
story-title-other = Historie
story-what-happens = Hva skjer?
story-whole-title = Hele kjøringen
story-whole-quiet = Ingenting er planlagt: applikasjonen slik den kjører. Stans en node eller krasj en tjeneste i appen for å se mer.
story-whole-event = { $at }: { $fault }.
story-whole-more = Deretter { $count } hendelser til.
outcome-unaffected = Ingenting skjer med den
outcome-others-kept-serving = De andre replikaene svarer videre; ingen forespørsler feiler
outcome-some-requests-failed = Den er oppe, men noen forespørsler feiler
outcome-healed-by-itself = Den er nede, så henter plattformen den tilbake av seg selv
outcome-back-without-its-data = Den kommer tilbake av seg selv på en annen node, uten dataene sine
outcome-down-while-changed = Den er nede mens endringen gjøres
outcome-down-until-someone-acts = Den er nede til noen griper inn
outcome-not-back = Den kommer ikke tilbake av seg selv
outcome-node-used-again = Tasks flyttes tilbake til den
outcome-node-stays-empty = Den blir stående tom
story-target = { $name } på { $platform }

## Ordlisten: hvert begrep slik språket skriver det, skrivemåtene som markeres (skilt med |), hva det betyr og hvor det er dokumentert

glossary-not-ready = NotReady
glossary-not-ready-matches = NotReady
glossary-not-ready-explanation = Nodekontrollerens dom over en node der kubelet ikke har sendt status i løpet av fristen (50 s fra Kubernetes 1.32). Podene forlater endepunktene til Service-en; de flyttes ikke ennå.
glossary-not-ready-source = Kubernetes-dokumentasjonen, Nodes: node status and heartbeats; kube-controller-manager --node-monitor-grace-period
glossary-eviction = eviction
glossary-eviction-matches = kastet ut|kastes ut|eviction
glossary-eviction-explanation = Sletting av podene på en node som forblir utilgjengelig, når tolerationen deres er ute, slik at kontrollerne deres lager erstatninger et annet sted.
glossary-eviction-source = Kubernetes-dokumentasjonen, Taint-based evictions
glossary-toleration = toleration
glossary-toleration-matches = tolerationSeconds|tolerationen|toleration
glossary-toleration-explanation = Hvor lenge en pod forblir bundet til en node med taint-en not-ready eller unreachable: 300 s med mindre poden sier noe annet, lagt til av admission-pluginen DefaultTolerationSeconds.
glossary-toleration-source = Kubernetes-dokumentasjonen, Taints and Tolerations; DefaultTolerationSeconds admission plugin
glossary-crash-loop = CrashLoopBackOff
glossary-crash-loop-matches = CrashLoopBackOff
glossary-crash-loop-explanation = En container som avsluttes igjen og igjen, startes på nytt etter en pause som vokser: 10 s, doblet opp til 5 minutter, nullstilt etter 10 minutter i drift.
glossary-crash-loop-source = Kubernetes-dokumentasjonen, Pod lifecycle: container restart policy
glossary-readiness = readiness-probe
glossary-readiness-matches = readiness-proben|Readiness-proben|readiness-prober|readiness-probe
glossary-readiness-explanation = En sjekk kubelet kjører på en container: Så lenge den feiler, er poden tatt ut av endepunktene til Service-en og får ingen forespørsler. Den starter aldri noe på nytt.
glossary-readiness-source = Kubernetes-dokumentasjonen, Liveness, Readiness and Startup Probes
glossary-liveness = liveness-probe
glossary-liveness-matches = liveness-proben|Liveness-proben|liveness-probe
glossary-liveness-explanation = En sjekk kubelet kjører på en container: Etter failureThreshold feil på rad (3, hvert 10. sekund som standard) blir containeren drept og startet på nytt.
glossary-liveness-source = Kubernetes-dokumentasjonen, Liveness, Readiness and Startup Probes
glossary-endpoints = endepunkter
glossary-endpoints-matches = endepunktene|endepunkter|endepunktet
glossary-endpoints-explanation = Adressene til podene som er klare bak en Service (EndpointSlices); kube-proxy sender forespørslene til Service-en bare dit.
glossary-endpoints-source = Kubernetes-dokumentasjonen, EndpointSlices
glossary-statefulset = StatefulSet
glossary-statefulset-matches = StatefulSet
glossary-statefulset-explanation = En kontroller for pods med stabilt navn og eget volum (postgres-0). Den kjører aldri to pods med samme navn, og erstatter derfor ikke en pod på en utilgjengelig node før noden bekrefter at den er stoppet, eller noen tvangssletter den.
glossary-statefulset-source = Kubernetes-dokumentasjonen, StatefulSets: pod identity; Force Delete StatefulSet Pods
glossary-rwo = ReadWriteOnce
glossary-rwo-matches = ReadWriteOnce
glossary-rwo-explanation = En tilgangsmodus for volumer: Volumet er koblet til én node om gangen. Når noden dør, tvangsfrakobles det først etter 6 minutter (maxWaitForUnmountDuration).
glossary-rwo-source = Kubernetes-dokumentasjonen, Persistent Volumes: access modes; attach/detach controller
glossary-quorum = quorum
glossary-quorum-matches = quorum
glossary-quorum-explanation = Et flertall av managerne, (N/2)+1 av N. Uten det endrer en Swarm (eller etcd under Kubernetes) ingenting: Kjørende tasks fortsetter, ingenting plasseres på nytt.
glossary-quorum-source = Docker-dokumentasjonen, Administer and maintain a swarm: maintain the quorum of managers
glossary-restart-policy = restart-policy
glossary-restart-policy-matches = restart-policyer|restart-policy|restart: no|restart: unless-stopped
glossary-restart-policy-explanation = Hva Docker gjør når prosessen i en container avsluttes: `no` (standard) ingenting, `on-failure`, `always` eller `unless-stopped` starter den på nytt etter en pause fra 100 ms som dobles. Docker starter aldri en container på nytt fordi den er unhealthy.
glossary-restart-policy-source = Docker-dokumentasjonen, Start containers automatically (restart policies)
glossary-healthcheck = HEALTHCHECK
glossary-healthcheck-matches = HEALTHCHECK
glossary-healthcheck-explanation = En kommando Docker kjører i en container (hvert 30. sekund, 3 feil som standard) for å markere den som healthy eller unhealthy. Swarm erstatter en unhealthy task; vanlig Docker melder det bare.
glossary-healthcheck-source = Dockerfile-referansen, HEALTHCHECK; Docker Swarm services
glossary-source-line = { " " }Kilde: { $source }.

## Kommandoene for driften

command-step-image-tag = sett image-taggen til tjenesten til { $version } i docker-compose.yml, deretter
command-step-config = endre innstillingen i docker-compose.yml eller .env, deretter
command-step-power-on-host = slå verten på igjen (eller bytt den ut); containere uten restart-policy trenger deretter
command-step-grow-volume = utvid volumet til { $gib } GiB med vertens lagringsverktøy (Docker kan ikke), rundt
healer-restart-policy = retter seg selv: Docker starter containeren på nytt (restart: { $policy }), med back-off
healer-swarm-orchestrator = retter seg selv: Orkestratoren i Swarm starter en erstatningstask
healer-swarm-orchestrator-data-left = retter seg selv: Orkestratoren i Swarm starter nye tasks på andre noder, { $services } med et nytt, tomt volum: Dataene blir liggende igjen på den døde noden (med en plasseringsregel venter den i stedet på noden sin)
healer-kubelet = retter seg selv: Kubelet starter containeren på nytt (CrashLoopBackOff mellom forsøkene)
healer-liveness = retter seg selv: Liveness-proben feiler, og kubelet starter containeren på nytt
healer-swarm-healthcheck = retter seg selv: HEALTHCHECK markerer tasken som unhealthy, og Swarm erstatter den
healer-eviction = retter seg selv: NotReady etter fristen, podene kastes ut etter tolerationSeconds, ReplicaSet-ene erstatter dem
healer-autoscaler = retter seg selv: HorizontalPodAutoscaler legger til replikaer når CPU-bruken stiger
healer-rejoins = ingenting å gjøre: Noden blir Ready og tar imot nye pods (kjørende pods flyttes ikke tilbake)
command-missing-one-host = ingen tilsvarende: én vert; vedlikehold betyr nedetid
command-missing-no-zones = ingen soner: én vert

## Kommandovisningen

commands-copied = Kopiert
commands-select = Merk og kopier
commands-first = Først { $step }:
commands-action = Handling
commands-aria = Kommandoene for driften
commands-heading = Hva driften skriver
commands-note = For hver handling på tidslinjen kommandoene på hver plattform, med navnene de eksporterte filene bruker (prosjekt, stack og namespace «{ $name }»). Der en plattform retter seg selv, står det hva som gjør det.
commands-none = Ingen handlinger på tidslinjen ennå: Utløs en feil (stans, krasj, utrulling …) for å se hva hver plattform trenger.
commands-drain = Vedlikehold: Tøm { $node } (drain)
operator-nothing-to-type = Driften: ingenting å skrive ({ $healed ->
        [one] 1 handling retter seg selv
        *[other] { $healed } handlinger retter seg selv
    })
operator-commands = Driften: kommandoer for { $typed ->
        [one] 1 handling
        *[other] { $typed } handlinger
    }
operator-commands-and-healed = Driften: kommandoer for { $typed ->
        [one] 1 handling
        *[other] { $typed } handlinger
    }, { $healed ->
        [one] 1 retter seg selv
        *[other] { $healed } retter seg selv
    }

## Spørsmålskortet

question-right = Riktig:
question-not-quite = Ikke helt:
question-what-happened = Hva som skjedde:
question-answer = { $outcome }.
question-you-said = Du svarte: { $outcome }
question-aria = Gjett først, se deretter
question-hint = Velg (1–{ $count } eller klikk), og se deretter. → spiller av uten å velge.
question-watch = Se …

## Presentasjonsmodus

present-estimating = Kostnader og tilgjengelighet beregnes …
present-last-time = Forrige gang i denne nettleseren: { $right } av { $asked }.
present-the-end = Slutt
present-score = Du forutså { $right } av { $asked ->
        [one] 1 utfall
        *[other] { $asked } utfall
    } slik plattformene faktisk oppfører seg.
present-no-answers = Ingen spørsmål ble besvart denne gangen. ← går tilbake; Esc avslutter.
present-kept-here = Lagres bare i denne nettleseren.
present-score-line = Ditt svar: { $chosen } · simuleringen: { $answer }
present-score-none = ikke besvart
present-restart = Start på nytt fra steg 1 (svarene slettes)
present-step-of = Steg { $step } av { $steps }
present-esc-again = Esc én gang til avslutter presentasjonen
present-aria = Presentasjon
present-back-title = Tilbake (←, PageUp)
present-next-title = Neste (→, PageDown, mellomrom; et steg som fortsatt spilles, spilles først til slutten)
present-hold-title = Stopp (K, eller startknappen på presentasjonsklikkeren: F5; R spiller av steget på nytt)
present-play-title = Spill av (K, F5; et steg som er spilt av: på nytt; R fra begynnelsen)
present-full = Fullskjerm
present-full-title = Fullskjerm (F)
present-notes = Notater
present-notes-title = Talernotater i et eget vindu (S)
present-leave-title = Avslutt (Esc)
present-blackout = Skjermen er svart (B)

## Talernotatene

notes-clock = { $now } · { $since } siden notatene ble åpnet
notes-expected = { $target }: { $outcome }
notes-the-end = — slutt: poengsummen
notes-asks = Spør:
notes-will-show = Simuleringen vil vise:
notes-on-screen = På skjermen:
notes-after-play = Når steget er spilt av:
notes-next = Neste:
notes-waiting = Venter på presentasjonsvinduet (samme nettleser, samme adresse) …
notes-blackout = Presentasjonsskjermen er svart (B slår den på igjen).
notes-gone = Presentasjonsvinduet er borte (lukket, lastet inn på nytt eller forlatt). Åpne det igjen, så følger notatene med.
notes-back = ← Tilbake
notes-forward = Neste →

## Monte Carlo

mc-node-interval = feilintervallet for noder: { $why } h
mc-replica-interval = feilintervallet for replikaer: { $why } h
mc-hang-interval = hengeintervallet for replikaer: { $why } h
mc-too-many-failures = med disse ratene har et år omtrent { $failures } feil på { $platform }; Monte Carlo simulerer høyst { $most } i året: Gjør feilene sjeldnere
mc-heading = Monte Carlo: mange simulerte år
mc-note = Hvert år trekker nodefeil, replikakrasj og heng tilfeldig fra ratene over og kjører simuleringen gjennom dem (driften reparerer etter reaksjonstiden); årets utrullinger koster det den simulerte utrullingen koster.
mc-run = Simuler { $years } år per plattform
mc-cancel = Avbryt
mc-progress-aria = Fremdrift for Monte Carlo
mc-progress = { $done } av { $years }
mc-not-run = Ikke kjørt: { $why }
mc-running-capped = { $done } av { $years } år (det meste som får plass med disse feilratene) …
mc-running = { $done } av { $years } år …
mc-cancelled = avbrutt etter { $done } år
mc-stale = ferdig; diagrammet eller feilratene er endret siden: Kjør på nytt
mc-done-capped = { $done } år ferdig (det meste som får plass med disse feilratene)
mc-done = { $done } år ferdig
mc-caption = Årlig nedetid brukerne ser
mc-median = median
mc-p95 = 95. persentil
mc-years = år

## Gjeldende tider: hva hver styrer og hvor standardverdien er dokumentert

timing-probe-period = probeintervall (periodSeconds)
timing-probe-period-source = core/v1 Probe API-dokumentasjon
timing-crashloop-initial = første forsinkelse i CrashLoopBackOff (deretter doblet)
timing-crashloop-initial-source = pkg/kubelet backOffPeriod
timing-crashloop-max = tak for CrashLoopBackOff
timing-crashloop-max-source = pkg/kubelet MaxContainerBackOff
timing-crashloop-reset = CrashLoopBackOff glemt når neste krasj kommer så lenge etter siste omstart
timing-crashloop-reset-source = client-go flowcontrol backoff.go (2 × taket)
timing-node-status-update = statusoppdatering fra kubelet
timing-node-status-update-source = kubelet nodeStatusUpdateFrequency
timing-node-monitor-period = sjekk fra nodekontrolleren (--node-monitor-period)
timing-node-monitor-period-source = flagg for kube-controller-manager
timing-node-monitor-grace = node NotReady etter stillhet (--node-monitor-grace-period)
timing-node-monitor-grace-source = flagg for kube-controller-manager; 40 s til og med 1.31, 50 s fra 1.32
timing-not-ready-toleration = eviction fra en NotReady-node (tolerationSeconds)
timing-not-ready-toleration-source = DefaultTolerationSeconds admission-plugin
timing-max-wait-for-unmount = tvangsfrakobling av et RWO-volum (maxWaitForUnmountDuration)
timing-max-wait-for-unmount-source = pkg/controller/volume/attachdetach
timing-image-pull = image pull (antakelse: imaget er hurtigbufret)
timing-image-pull-source = ikke en standardverdi: en antakelse
timing-probe-timeout = tidsavbrudd for probe (timeoutSeconds)
timing-probe-timeout-source = core/v1 Probe API-dokumentasjon
timing-probe-initial-delay = initialDelaySeconds for probe (en liveness-probe dreper en treg oppstarter med mindre den er forsinket eller står bak en startupProbe)
timing-probe-initial-delay-source = core/v1 Probe API-dokumentasjon; pkg/kubelet/prober/worker.go
timing-probe-failure-threshold = failureThreshold for probe
timing-probe-failure-threshold-source = core/v1 Probe API-dokumentasjon
timing-termination-grace = terminationGracePeriodSeconds
timing-termination-grace-source = core/v1 PodSpec-dokumentasjon
timing-max-surge-percent = rullerende oppdatering maxSurge
timing-max-surge-percent-source = apps/v1 RollingUpdateDeployment-dokumentasjon
timing-max-unavailable-percent = rullerende oppdatering maxUnavailable
timing-max-unavailable-percent-source = apps/v1 RollingUpdateDeployment-dokumentasjon
timing-progress-deadline = progressDeadlineSeconds
timing-progress-deadline-source = apps/v1 DeploymentSpec-dokumentasjon
timing-hpa-sync = synkroniseringsintervall for HPA
timing-hpa-sync-source = flagg for kube-controller-manager
timing-hpa-tolerance-percent = toleranse for HPA
timing-hpa-tolerance-percent-source = HPA-dokumentasjon
timing-hpa-scale-up-pods = HPA med behavior: oppskaleringspolicy, pods per 15 s
timing-hpa-scale-up-pods-source = autoscaling/v2 defaults.go
timing-hpa-scale-up-percent = HPA med behavior: oppskaleringspolicy, prosent per 15 s (den største av de to gjelder; uten behavior: max(2 × nåværende, 4))
timing-hpa-scale-up-percent-source = autoscaling/v2 defaults.go; podautoscaler horizontal.go
timing-hpa-scale-down-window = stabiliseringsvindu for HPA ved nedskalering
timing-hpa-scale-down-window-source = flagg for kube-controller-manager; podautoscaler horizontal.go
timing-hpa-cpu-initialization-period = CPU-initialiseringsperiode for HPA
timing-hpa-cpu-initialization-period-source = flagg for kube-controller-manager; podautoscaler replica_calculator.go
timing-metrics-resolution = innhenting fra metrics-server (--metric-resolution; HPA leser den nyeste)
timing-metrics-resolution-source = publisert manifest for metrics-server (programmets standard: 60 s); kubernetes PR 117121
timing-endpoint-propagation = endepunktet til en slettet pod får fortsatt forespørsler (tilnærming)
timing-endpoint-propagation-source = kube-proxy --iptables-min-sync-period standard 1 s; dokumentasjonen Pod Lifecycle
timing-healthcheck-interval = HEALTHCHECK-intervall
timing-healthcheck-interval-source = Dockerfile-referansen
timing-healthcheck-timeout = tidsavbrudd for HEALTHCHECK
timing-healthcheck-timeout-source = Dockerfile-referansen
timing-healthcheck-retries = HEALTHCHECK-forsøk
timing-healthcheck-retries-source = Dockerfile-referansen
timing-healthcheck-start-period = startperiode for HEALTHCHECK (feil i den telles ikke)
timing-healthcheck-start-period-source = Dockerfile-referansen; moby daemon/health.go
timing-healthcheck-start-interval = startintervall for HEALTHCHECK (sjekker i startperioden)
timing-healthcheck-start-interval-source = Dockerfile-referansen; moby daemon/health.go
timing-docker-stop-grace = frist for docker stop før SIGKILL
timing-docker-stop-grace-source = referansen for docker stop
timing-manual-volume-resize = manuell utvidelse av volum på én vert (antakelse)
timing-manual-volume-resize-source = ikke en standardverdi: en antakelse
timing-docker-restart-initial = første forsinkelse for restart-policy (deretter doblet)
timing-docker-restart-initial-source = moby restartmanager
timing-docker-restart-max = tak for omstartsforsinkelse
timing-docker-restart-max-source = moby restartmanager
timing-docker-restart-reset-after = omstartsforsinkelsen nullstilles etter så lang kjøretid
timing-docker-restart-reset-after-source = moby restartmanager
timing-swarm-heartbeat = heartbeat fra dispatcheren
timing-swarm-heartbeat-source = referansen for docker swarm init
timing-swarm-restart-delay = omstartsforsinkelse for en task
timing-swarm-restart-delay-source = referansen for docker service create
timing-swarm-update-monitor = overvåking av oppdatering: Feiler en ny task i dette vinduet, settes oppdateringen på pause
timing-swarm-update-monitor-source = referansen for docker service create; swarmkit update/updater.go
timing-swarm-heartbeat-grace = tapte heartbeats før en node regnes som nede
timing-swarm-heartbeat-grace-source = swarmkit dispatcher GracePeriodMultiplier
timing-gossip-probe-interval = probeintervall i gossip-laget (routing mesh fjerner tasks på en død node)
timing-gossip-probe-interval-source = moby networkdb: memberlist DefaultLANConfig
timing-gossip-suspicion-mult = gossip-mistanke: død etter så mange probeintervaller × max(1, log10 noder)
timing-gossip-suspicion-mult-source = memberlist DefaultLANConfig SuspicionMult
timing-operator-reaction = driften oppdager det og handler
timing-operator-reaction-source = produktinnstilling (forhåndsinnstillinger: 15 min, 4 h, 48 h), ikke en standardverdi i plattformen
timings-heading = Gjeldende tider og hvor de kommer fra
timings-system = system
timings-mechanism = mekanisme
timings-value = verdi
timings-source = kilde
timings-version = { $value } (v{ $version })
system-people = Folk

## Småting rundt siden

toast-removed = { $what } er fjernet
toast-undo = Angre
embed-open = Åpne i Hafen ↗
app-estimating = Kostnader og tilgjengelighet beregnes: to simulerte feil per tjeneste på hver plattform …
app-skip = Hopp til tidslinjen (Spill av)
app-footer = Alle tider er de dokumenterte standardverdiene til Kubernetes, Docker og Docker Swarm (se Tider, med kilder); oppstartstider, kapasiteter og requests er egenskaper ved eksempelapplikasjonen; reaksjonstiden til driften er en innstilling. Ingenting forlater nettleseren din.
panic-banner = Hafen møtte en intern feil og svarer ikke lenger. Last inn siden på nytt for å begynne igjen. Meld gjerne fra om hva du gjorde, og detaljene nedenfor. Detaljer:

## Filvisningen

files-stack = Swarm-stackfil
files-kubernetes = Kubernetes-manifester
files-copied = Kopiert.
files-clipboard-refused = Nettleseren nektet tilgang til utklippstavlen: Merk teksten og kopier den.
files-not-saved = Ikke lagret: { $why }.
files-aria = Filer for Compose, Swarm og Kubernetes
files-heading = Ta det med til de ekte plattformene
files-note = Denne applikasjonen som filer de ekte verktøyene godtar (sjekket med docker-compose og kubernetes-validate i Hafens tester). Hver tjeneste kjører sitt image (satt i inspektøren; et som mangler er en plassholder), og helsesjekker kjører `true`: Hafen kjenner tider, ikke sjekkene dine. Importerer du Compose-filen, får du denne applikasjonen tilbake.
files-group = Fil
files-writing = Skriver filen …

## Innliming

file-pasted = innlimt tekst

## Merknader i kommandolinjene

remark-roll-back = rull tilbake: Sett forrige tag igjen, deretter: { $command }
remark-volume-expansion = StorageClass-en må tillate utvidelse av volumer
remark-spread-again = fordel taskene på { $node } igjen
remark-afterwards = etterpå
remark-stateful-waits = Deployments retter seg selv (kastet ut etter tolerationSeconds, erstattet); en StatefulSet-pod på den døde noden venter på deg:

## Pristabeller: navnene og hvor tallene kommer fra

price-design-docs = Tall fra designdokumentene (EUR)
price-hetzner = Hetzner Cloud, selvdrevet k3s (EUR)
price-aws-eks = AWS med EKS (USD)
price-gke = Google GKE, regional (USD)
price-aks = Azure AKS, gratisnivå (USD)
price-digitalocean = DigitalOcean DOKS, høytilgjengelig kontrollplan (USD)
price-design-docs-source = prices.md, designdokumentene (den norske Kubernetes-vurderingen): 1 VPS 20 EUR; 3 VPS (kontrollplan + 2 worker-noder) 60–100 EUR, altså 20–33,33 EUR per VPS; lastbalanserer 10–20 EUR; lagring (PV) 10–20 EUR
price-hetzner-source = prices.md: Hetzner Cloud cx23 0,006 EUR/h, cx33 ~8, cx43 ~15 EUR/måned, LB11 ~6 EUR/måned (prisene steg 1. april 2026)
price-aws-eks-source = prices.md: EKS 0,10 USD per klyngetime (~73 USD/måned); EC2 t3.medium ~30 USD/måned on demand
price-gke-source = prices.md: GKE 0,10 USD per klyngetime (~74,40 USD/måned; en sonal klynge dekkes av den månedlige kreditten, en regional gjør ikke det); e2-medium ~25–27 USD/måned
price-aks-source = prices.md: Gratisnivået i AKS har ingen avgift og ingen SLA for oppetid (prisen for Standard-nivået står ikke i tabellen); B2s ~30–34 USD/måned
price-digitalocean-source = prices.md: DOKS-kontrollplan gratis, høytilgjengelig kontrollplan 40 USD/måned; nodeprisene står ikke i tabellen (skriv dem inn)

## Siden

page-title = Hafen – Compose eller Kubernetes?
# The page before the app starts: Fluent terms (-name), which the app does not read; the build
# writes them into index.html (scripts/languages.mjs).
-page-loading = Laster Hafen …
-page-noscript = Hafen kjører helt i nettleseren og trenger JavaScript og WebAssembly.

## Innbyggingen forteller en historie

embed-story = { $story } · { $step }: { $title }
