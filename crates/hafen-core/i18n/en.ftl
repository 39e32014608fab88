# Hafen's English messages: the fallback for every other catalog, and the command line's language.
#
# A key is written literally where the code says it (say!(words, "key", …)); a test checks that
# every key here is used and that de.ftl and nb.ftl have the same keys with the same variables.
# Technical terms stay as the systems spell them: Pod, Deployment, NotReady, CrashLoopBackOff.

## Trace causes: why each entry of the event log happened.

cause-exit-crashed = crashed
cause-exit-broken-release = crashed (broken release)
cause-exit-killed-after-grace = killed after its grace period
cause-exit-killed-by-startup-probe = killed by its startup probe
cause-exit-killed-by-liveness-while-starting = killed by its liveness probe before it finished starting

cause-task-exited = { $rep } { $how }
cause-task-unhealthy-while-starting = { $rep } unhealthy while starting
cause-task-unhealthy = { $rep } unhealthy
cause-task-lost-with-node = { $rep } lost with { $node }

cause-created-replicaset-short = the ReplicaSet of { $service } has { $have } of { $desired } pods: { $rep } created
cause-created-rolling-update = rolling update of { $service } to { $version } (maxSurge { $surge }): { $rep } created
cause-created-statefulset-recreates = the StatefulSet recreates { $rep }
cause-created-statefulset-recreates-detached = the StatefulSet recreates { $rep }; its ReadWriteOnce volume is force-detached from the dead node after { $detach } (maxWaitForUnmountDuration)
cause-created-swarm-task = Swarm creates task { $rep }
cause-created-swarm-task-for-replicas = Swarm creates task { $rep } (replicas: { $desired })
cause-created-swarm-update = service update replaces { $old }: task { $rep } with { $version }
cause-created-compose-starts = Compose starts { $rep }

cause-deleted-deployment-scaled-down = scaled down to { $desired } replicas
cause-deleted-rolling-update-old = old pod scaled down by the rolling update to { $version } (maxUnavailable { $unavailable })
cause-deleted-statefulset-scaled-down = StatefulSet scaled down to { $desired }
cause-deleted-statefulset-update = StatefulSet rolling update to { $version }: replaced one pod at a time, highest ordinal first
cause-deleted-swarm-scaled-down = service scaled down to { $desired }
cause-deleted-swarm-update-stop-first = service update to { $version }: stopped first (--update-order stop-first, parallelism 1)
cause-deleted-operator-rollback = deleted by the operator so the StatefulSet recreates it with the previous version
cause-deleted-compose-scaled-down = scaled down

# "Pending: no ready node has …": the resources, then each clause that applies.
cause-unschedulable = Pending: no ready node has { $cpu } m CPU and { $memory } MiB memory free
cause-unschedulable-pinned = (pinned to { $node })
cause-unschedulable-gpu = and a GPU
cause-unschedulable-ready = ; { $ready } of { $nodes } nodes ready

cause-ignored-kill-no-such-node = kill { $node }: no such running node
cause-ignored-kill-no-node-running = kill the node running { $service }: no such running node
cause-ignored-restore-no-such-node = restore { $node }: no such node
cause-ignored-crash-nothing-running = crash { $service }: no replica of { $service } is running
cause-ignored-hang-nothing-running = hang { $service }: no replica of { $service } is running
cause-ignored-already-down = { $node } is already down
cause-ignored-already-up = { $node } is already up

cause-hpa-ready = ceil({ $ratio } × { $pods } Ready pods) = { $n }
cause-hpa-rebalanced = ceil({ $ratio } × { $pods } pods) = { $n }
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } pods, { $unready } not Ready at 0 %) = { $n }
cause-hpa-then = { $first }; { $then }
cause-hpa-held-highest = raised to { $n }, the highest recommendation of the last { $window } (no behavior set: the downscale stabilization window holds every step)
cause-hpa-held-lowest = held to { $n }, the lowest recommendation of the { $window } scale-up stabilization window (behavior)
cause-hpa-limit-legacy = limited to max(2 × { $current }, 4) = { $limit } (no behavior set)
cause-hpa-limit-policies = limited to max({ $start } + { $pods }, { $start } + { $pct } %) = { $limit } per { $per } (behavior's scale-up policies)

cause-release-new = release { $version } of { $service }: `{ $command }`
cause-release-rollback = rollback to { $version } of { $service }: `{ $command }`
cause-release-config = configuration change of { $service }: `{ $command }`
cause-strategy-compose = stops the old container(s), then starts new ones: no replica answers in between
cause-strategy-swarm = rolling update, one task at a time, stop-first, the next as soon as the new task is running; a new task failing within the monitor window (--update-monitor) pauses it
cause-strategy-rolling = rolling update: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), new pods take traffic only once Ready
cause-strategy-statefulset = StatefulSet rolling update, one pod at a time from the highest ordinal

cause-trace-cut = trace cut after { $max } entries; downtime and request counts still cover the whole run
cause-run-stopped = run stopped at { $at } after { $events } engine events: shorten the scenario or the failure loop
cause-service-down = { $service } down: no replica can answer
cause-service-down-via = { $service } down: its dependency { $dependency } is down
cause-service-up = { $service } serving again ({ $answering } replica(s) answering)
cause-scheduled = { $created }; { $rep } on { $node }
cause-scheduled-spread = { $created }; { $rep } on { $node } (spread, most free resources)
cause-scheduled-now-fits = { $rep }: scheduled on { $node } now that it fits
cause-pending = { $rep } { $unschedulable }
cause-pending-created = { $created }; { $rep } { $unschedulable }
cause-zone-down = { $zone } fails: { $nodes } node(s)
cause-zone-up = { $zone } is back: { $nodes } node(s)
cause-crash = { $rep }: the process exits (crash)
cause-traffic = traffic into { $entry } changes from { $from } to { $to } requests/s
cause-container-started = { $rep }: container started ({ $version }); the application needs { $startup } to start
cause-broken-release = { $rep }: release { $version } is broken and exits right after start-up
cause-app-answers = { $rep }: application answers requests
cause-app-up-waiting-readiness = { $rep }: application answers; waiting for the next readiness probe
cause-app-up-waiting-healthcheck = { $rep }: application answers; waiting for the next health check
cause-startup-passed-ready = { $rep }: startup probe passed; Ready, in the Service endpoints
cause-readiness-passed = { $rep }: readiness probe passed; Ready, in the Service endpoints (probes every { $period }, periodSeconds)
cause-healthcheck-passed = { $rep }: health check passed; the task is running and joins the routing mesh (HEALTHCHECK every { $period })
cause-hang = { $rep }: the application stops answering; its process keeps running, so it still looks alive
cause-kubelet-restarts-at-once = { $rep }: container { $how }; the pod is not Ready and leaves the Service endpoints; kubelet restarts it at once (first restart has no back-off)
cause-crash-loop-back-off = { $rep }: container { $how } again; CrashLoopBackOff: restart in { $delay } (kubelet back-off starts at { $initial }, doubles, max { $max })
cause-startup-probe-failed = { $rep }: startup probe failed { $threshold } times (every { $period }): the application needs { $startup }, more than the startup probe allows (failureThreshold × periodSeconds = { $allowed }); the kubelet kills and restarts it
cause-liveness-failed-while-starting = { $rep }: liveness probe failed { $threshold } times while the application was still starting (it needs { $startup }; probes every { $period } from the container's start, initialDelaySeconds { $delay_seconds }): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start
cause-liveness-failed-while-starting-delayed = { $rep }: liveness probe failed { $threshold } times while the application was still starting (it needs { $startup }; probes every { $period } from { $delay } after its start, initialDelaySeconds { $delay_seconds }): the kubelet kills and restarts it, so it never comes up. A startupProbe or an initialDelaySeconds longer than its start-up would let it start
cause-readiness-failed = { $rep }: readiness probe failed { $threshold } times (every { $period }, timeout { $timeout }); NotReady, out of the Service endpoints
cause-liveness-failed = { $rep }: liveness probe failed { $threshold } times (every { $period }); kubelet kills the container: the hung process ignores SIGTERM and is killed after terminationGracePeriodSeconds ({ $grace })
cause-no-restart-policy = { $rep }: container { $how }; restart: { $policy } (Docker's default) so nothing restarts it until an operator acts ({ $reaction } reaction)
cause-docker-restarts = { $rep }: container { $how }; restart: { $policy } restarts it after { $delay } (Docker's restart delay starts at { $initial }, doubles, max { $max })
cause-unhealthy-while-starting-swarm = { $rep }: HEALTHCHECK failed { $retries } times while the application was still starting (it needs { $startup }; checks every { $interval }, start period { $start_period }): unhealthy; Swarm shuts the task down and starts another, which starts just as slowly. A HEALTHCHECK start period longer than its start-up would let it start
cause-unhealthy-while-starting-compose = { $rep }: HEALTHCHECK failed { $retries } times while the application was still starting (it needs { $startup }; checks every { $interval }, start period { $start_period }): unhealthy; Docker and Compose never restart an unhealthy container, so it keeps starting and answers once up
cause-unhealthy-swarm = { $rep }: HEALTHCHECK failed { $retries } times (interval { $interval }, timeout { $timeout }): unhealthy; Swarm shuts the task down and replaces it
cause-unhealthy-compose = { $rep }: HEALTHCHECK failed { $retries } times (interval { $interval }, timeout { $timeout }): unhealthy; Docker and Compose never restart an unhealthy container, so it keeps receiving requests until an operator acts
cause-update-paused = { $service }: { $task }, a task of the update, failed { $ran } after it reached RUNNING, within the { $monitor } monitor window (--update-monitor); the update pauses (--update-failure-action pause) with { $updated } of { $slots } task(s) updated
cause-update-paused-never-ran = { $service }: { $task }, a task of the update, failed before it reached RUNNING; the update pauses (--update-failure-action pause) with { $updated } of { $slots } task(s) updated
cause-task-failed = { $failure }; Swarm starts a new task for the slot after { $delay } (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; no manager quorum, so nothing replaces it
cause-host-down = { $node } stops: all { $containers } container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after { $reaction }
cause-swarm-node-down = { $node } stops: its { $tasks } task(s) stop answering, but the routing mesh still sends them requests until the gossip layer declares the node dead (seconds), and the managers reschedule only after { $grace } missed heartbeats
cause-kube-node-down = { $node } stops: its { $pods } pod(s) stop answering, but the control plane still routes to them until it notices the silence
cause-swarm-node-noticed = { $node } down: no heartbeat for { $silent } ({ $missed } missed heartbeats of { $heartbeat }); its tasks leave the routing mesh
cause-node-not-ready = { $node } NotReady: no status for { $silent }; the node controller (checking every { $period }) last saw one { $seen } ago, more than node-monitor-grace-period { $grace } (Kubernetes { $version }); its pods leave the Service endpoints; taint node.kubernetes.io/unreachable added, eviction after { $toleration } (tolerationSeconds)
cause-host-back = { $node } is back; the Docker daemon restarts every container (restart policies)
cause-host-back-some-unrestarted = { $node } is back; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-host-back-by-operator = operator brings { $node } back after { $reaction }; the Docker daemon restarts every container (restart policies)
cause-host-back-by-operator-some-unrestarted = operator brings { $node } back after { $reaction }; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-kubelet-back = { $node } is back: the kubelet starts and posts its status
cause-swarm-node-back = { $node } is back; it sends heartbeats again
cause-swarm-node-back-by-operator = operator brings { $node } back after { $reaction }: a stateful service pinned to it (placement constraint) can run nowhere else; it sends heartbeats again
cause-data-left-behind = { $rep } runs on { $node } with a new, empty local volume: its data stayed on { $data_node } (Swarm's scheduler does not know where a local volume's data is; only a placement constraint keeps a task by it)
cause-data-left-behind-old-volume = { $rep } runs on { $node } with the local volume an earlier task left there, not its own: its data stayed on { $data_node } (Swarm's scheduler does not know where a local volume's data is; only a placement constraint keeps a task by it)
cause-pod-removed-confirmed = { $rep }: { $node } confirms the pod stopped; it is removed
cause-old-task-shut-down = { $rep }: its slot already runs elsewhere; the old task is shut down
cause-node-ready-again-untainted = { $node } Ready again; taint removed
cause-node-ready-again = { $node } ready again
cause-pod-evicted-stateful = { $rep } deleted after { $toleration } on unreachable { $node } (tolerationSeconds) but stays Terminating: a StatefulSet does not replace a pod until its node confirms it stopped or someone force-deletes it
cause-pod-evicted = { $rep } evicted: { $node } unreachable for { $toleration } (tolerationSeconds); stays Terminating on the dead node, the ReplicaSet replaces it
cause-mesh-removed = { $node } declared dead by the gossip layer (memberlist: a probe every { $probe_interval }, suspicion timeout { $suspicion_mult } × max(1, log10 nodes) probe intervals): the routing mesh stops sending requests to its { $tasks } task(s); the managers reschedule only when its heartbeats are overdue
cause-swarm-quorum-back = swarm has a majority of managers again ({ $up } of { $managers }); the orchestrator catches up
cause-swarm-quorum-lost = swarm lost its manager quorum: { $up } of { $managers } managers up, { $needed } needed; no task is rescheduled or restarted until a majority is back (running tasks keep running)
cause-etcd-quorum-lost = etcd lost its quorum: { $up } of { $members } control-plane nodes up, { $needed } needed; the API server stops answering: no node is marked NotReady, nothing is evicted, scheduled or scaled until a majority is back; running pods keep running and kubelets still restart crashed containers
cause-etcd-quorum-back = etcd has a majority again ({ $up } of { $members }); the controllers catch up
cause-terminating = { $rep }: { $why }
cause-endpoint-removed = { $rep }: its removal from the Service endpoints reached kube-proxy ({ $propagation } after the delete); requests sent to it meanwhile failed, as it stopped at SIGTERM (no preStop pause covers the propagation)
cause-rollout-complete-pods = { $service }: rollout to { $version } complete ({ $pods } of { $pods } pods Ready)
cause-rollout-complete = { $service }: rollout to { $version } complete
cause-swarm-update-complete = { $service }: service update to { $version } complete
cause-rollout-stalled = { $service }: rollout made no progress for { $deadline } (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded; Kubernetes does not roll back by itself
cause-volume-attached = { $rep }: volume force-detached from the dead node and attached here
cause-operator-force-deletes = operator force-deletes { $rep } after { $reaction } (`{ $command }`; operator reaction)
cause-operator-rolls-back-compose = operator notices the broken release after { $reaction }, sets the previous image tag again and runs `{ $command }` (back to { $previous })
cause-operator-rolls-back = operator notices the broken release after { $reaction } and runs `{ $command }` (back to { $previous })
cause-operator-restarts = operator notices after { $reaction } and runs `{ $command }`
cause-operator-restarts-hung = operator notices after { $reaction } and runs `{ $command }`; the hung process ignores SIGTERM and is killed after { $grace }
cause-compose-config-change = configuration change: edit .env, `docker compose up -d`: every service is recreated at once
cause-volume-expanded = { $service }: PersistentVolumeClaim expanded to { $gib } GiB online (storage class with allowVolumeExpansion); no restart
cause-volume-resized-by-hand = { $service }: volume resized to { $gib } GiB by hand: back up, stop, resize, restart, restore (assumed { $took }; not a platform default)
cause-volume-restored = { $service }: volume resized and data restored; starting again
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` fails: replicas cannot share one published host port; a reverse proxy is needed first
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; the autoscaler may change it again at its next sync
cause-autoscale = HorizontalPodAutoscaler scales { $service } from { $from } to { $to }: CPU { $cpu } % of requests over { $ready } Ready pod(s) at metrics-server's last scrape (every { $scrape }) vs target { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-down = { $autoscale }; the highest recommendation of the { $window } stabilization window
cause-autoscale-bounds = { $autoscale }; its replicas were outside minReplicas { $min } to maxReplicas { $max }: set to the bound at once

## Choosing the language

lang-unreachable = { $language } could not be loaded ({ $why }); the page stays as it was.
lang-unreadable = { $language } could not be read ({ $why }); the page stays as it was.
dismiss = Dismiss

## The event log

log-latest = { $platform } at { $at }: { $cause }
log-seek = show the diagrams at this moment
log-summary = What happened ({ $past } of { $all } events so far)
log-summary-next = What happened ({ $past } of { $all } events so far); next at { $next }
log-earlier = … { $count } earlier events
log-show-all = Show all { $count } events

## Replica states, as the platforms show them

state-running = Running
state-starting-not-ready = Starting (not Ready)
state-starting = Starting
state-not-ready = NotReady
state-hung = Running, not answering
state-unhealthy = Running (unhealthy)
state-crash-loop-back-off = CrashLoopBackOff
state-restarting = Restarting
state-exited = Exited
state-unknown-node-lost = Unknown (node lost)
state-down-host-off = Down (host off)
state-terminating = Terminating
state-pending = Pending

## The palette and the operator presets

palette-frontend = Frontend
palette-backend = Backend / API
palette-worker = Worker
palette-postgres = PostgreSQL
palette-redis = Redis
palette-queue = Message queue
palette-ingress = Ingress / proxy
palette-gpu-worker = GPU worker
operator-on-call = on-call (15 min)
operator-office-hours = office hours (4 h)
operator-weekend = weekend (48 h)

## The diagrams

node-ready = Ready
node-host-down = Down
node-down-unnoticed = down, unnoticed
node-swarm-down = Down
node-not-ready = NotReady
node-swarm-unnoticed = down; Swarm has not noticed yet
node-control-plane-unnoticed = down; the control plane has not noticed yet
node-restore = Restore { $node }
node-kill = Kill { $node }
node-kill-running = Kill the node running { $service }
spof-tag = SPOF
spof-title = single point of failure: one crash, hang or node failure of it takes { $entry } down for the users
pod-title = { $name }: { $state }
pod-title-spof = { $name }: { $state }; { $spof }
diagram-node-summary = { $node } { $state }: { $count }
diagram-all-ready = all { $count } nodes Ready
diagram-some-ready = { $ready } Ready · { $others }
diagram-users = users: { $rps } req/s → { $entry }
diagram-nobody-answers = ✕ nobody answers
diagram-pending = Not on any node (Pending):
diagram-aria = { $platform } diagram: { $nodes }
diagram-legend = What the signs mean
palette = Palette
palette-add = + Add
palette-summary = services and worker nodes: drag onto a diagram, or press
palette-item-title = Drag onto a diagram, or press to add a { $item }
palette-node = Worker node
palette-node-title = Drag onto a cluster, or press to add a worker node
palette-help = Drag a replica onto a node to pin it there, a node out of its cluster to remove it. Select a replica, service or node to change it: Enter opens it, Delete removes it.

## Dragging

drag-add-on = add { $item } on { $node }
drag-add = add { $item }
drag-add-where = + { $item }: drop on a diagram
drag-node-to-swarm = add a worker node to the swarm
drag-node-to-kubernetes = add a worker node to the Kubernetes cluster
drag-node-to-cluster = add a worker node to the cluster
drag-node-where = + worker node: drop on a cluster
drag-pin = pin { $service } to { $node }
drag-pin-where = pin { $service } to …: drop on a node of a cluster
drag-remove = remove { $node }
drag-remove-where = remove { $node }: drop outside the cluster

## Consequences and availability

so-far = up { $share } of the first { $elapsed }
so-far-down = up { $share } of the first { $elapsed } (down { $down })
run-stopped-note = Run stopped at { $at } of { $duration }: it needed more than { $events } engine events (many replicas failing and restarting for a long time, or restart delays of 0 s). Every figure here covers 00:00–{ $at } only.
finding-stopped = stopped by choice (0 replicas): not running, and no service depends on it
finding-stopped-dependents = stopped by choice (0 replicas): not running, so { $dependents } cannot answer
finding-stopped-failed = ; { $failed } requests to it failed
finding-down = down { $duration } ({ $start } → { $end })
finding-down-not-back = down since { $start }, not back by the end of the run ({ $end })
finding-down-via = down { $duration } ({ $start } → { $end }) because { $dependency } was down
finding-down-not-back-via = down since { $start }, not back by the end of the run ({ $end }) because { $dependency } was down
finding-down-operator = : down until an operator acts (operator reaction { $reaction })
finding-down-unless-stopped = ; with `restart: unless-stopped` Docker would have restarted it after { $delay } and it would answer { $startup } later
finding-data-left-behind = restarted on { $node } at { $at } with an empty volume: its data stayed on { $data_node }
finding-data-left-behind-old-volume = restarted on { $node } at { $at } with an older volume left there, not its own: its data stayed on { $data_node }
finding-failed = { $failed } of { $total } requests failed ({ $answered } answered)
finding-failed-no-downtime = no downtime, but { $failed } of { $total } requests failed ({ $answered } answered)
finding-rollout-stalled = its rollout stalled: the new version never became Ready (progressDeadlineSeconds), the old replicas kept serving
finding-dead-endpoint = no downtime, but a dead replica stayed in the load balancer for { $time } (the same as { $like_outage } of full outage)
finding-others-kept-serving = no downtime and no failed requests: the other replicas kept serving
finding-unaffected = unaffected
finding-back-at = all replicas back at { $at }
finding-not-back = not back to full strength by the end of the run
finding-still-failing = { $count } replica(s) still { $state } at the end
failed-overloaded-it = it
failed-overloaded = { $service } received more requests than its replicas could answer for { $time }
failed-overloaded-capacity = { $service } received more requests than its replicas could answer ({ $capacity } requests/s per replica) for { $time }
failed-dead-endpoint-of = a dead replica stayed in { $service }'s load balancer for { $time } (the same as { $like_outage } of full outage)
failed-dead-endpoint = a dead replica stayed in its load balancer for { $time } (the same as { $like_outage } of full outage)
failed-downtime = every request during the downtime above

## The command line's summary

summary-heading = { $scenario } on { $platform } (seed { $seed }, { $duration }):
summary-service = service
summary-downtime = downtime
summary-time-up = time up
summary-requests-ok = requests ok
summary-failed = failed req.
summary-served = served req.
summary-no-requests = no requests
summary-stopped = stopped

## A platform's column

platform-brief-compose = Compose · one host
platform-brief-swarm = Swarm · { $nodes } nodes
platform-brief-kubernetes = Kubernetes · { $nodes } nodes
platform-title-compose = Docker Compose on one host
platform-title-swarm = Docker Swarm on { $nodes } nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } ({ $managers } managers)
platform-title-kubernetes-self-hosted = Kubernetes on { $nodes } worker nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } + { $control_plane ->
        [one] 1 control-plane node
       *[other] { $control_plane } control-plane nodes
    } (self-hosted)
platform-title-kubernetes-managed = Kubernetes on { $nodes } worker nodes{ $gpu ->
        [0] {""}
        [one] { " + 1 GPU node" }
       *[other] { " + " }{ $gpu } GPU nodes
    } (managed control plane)
platform-cannot-simulate = This setup cannot be simulated: { $why }
platform-sub-compose = one Docker daemon; { $policies }; a person repairs what they cannot
platform-sub-swarm = heartbeats every { $heartbeat }, down after { $missed } missed, tasks restarted after { $restart }
platform-sub-kubernetes = v{ $version }; NotReady after { $grace } of silence, eviction after { $toleration }
restart-policy-all = restart policy: { $policy }
restart-policy-all-default = restart policy: { $policy } — Docker's default
restart-policy-some = restart: { $policy } ({ $services })
restart-policy-some-default = restart: { $policy } — Docker's default ({ $services })
counters-no-requests = no requests yet
counters-answered = { $share } answered
counters-downtime = downtime
counters-failed = failed requests
counters-failed-of = { $failed } of { $total }
counters-requests = requests
counters-time = time
counters-for = for
counters-down-now = { $service } (down now)
counters-when = So far (at { $at })
summary-aria = The platforms at a glance (a tap shows one)
summary-figures = { $up }/{ $total } running · { $failed } failed
consequences-idle = Nothing has failed yet. Kill a node, crash a service, or pick an action above.
consequences-aria = Consequences over the whole run
consequences-more = { $count } more services
consequences-when = Over the whole run (to { $end })

## Availability

availability-target-refused = the uptime target is a percentage, e.g. 99.9
availability-no-traffic = no traffic
availability-budget-used = { $share } % of { $budget }
availability-no-spof = none
availability-repair = { $service }: crash { $crash }, hang { $hang }, node { $node }
availability-aria = Availability
availability-heading = What availability it buys
availability-node-mtbf = Node fails every (h)
availability-replica-mtbf = A replica crashes every (h)
availability-hang-mtbf = A replica hangs every (h)
availability-target = Uptime target %
availability-simulated = This scenario, simulated: { $entry } and what it depends on
availability-simulated-first = This scenario, simulated: the first service and what it depends on
availability-time-up = time up
availability-downtime = downtime
availability-requests-answered = requests answered
availability-failed-requests = failed requests
availability-note-kinds = Time up counts the moments a replica could answer; requests answered also counts requests lost to overload or to a dead replica still in the load balancer. Below: a year estimated from failure rates.
availability-note-rates = Failure rates are your assumptions (a hang: the process stays alive but no longer answers). Repair times come from the simulation with the documented defaults (operator reaction included where the platform does not heal). Replicas in parallel: 1 − (1 − a)ⁿ; the entry and what it depends on in series; each deploy costs what one simulated deploy of the team's own services costs, times the deploys a day (tab "Do we need Kubernetes?").
availability-note-data-left-behind = A service a node failure brings back on another node with a new, empty volume (Swarm: no local-volume affinity) counts as down until the operator acts ({ $operator }): an assumption, since its data stayed on the dead node.
availability-estimated = Estimated over a year: availability users see (the entry service and its dependencies)
availability-availability = availability
availability-requests-estimated = requests answered
availability-deploy = a deploy
availability-nines = nines
availability-down-month = down / month
availability-down-year = down / year
availability-budget = error budget used
availability-spof = single points of failure
availability-repair-times = Repair times from the simulation

## Charts

chart-break-even = break-even: month { $month }
chart-cumulative-aria = Total cost over time per platform; the figures are in the cost table.
chart-cumulative-title = Total cost over time (EUR, middle of each range)
chart-month = month
chart-infrastructure = infrastructure
chart-people = people
chart-downtime = downtime
chart-breakdown-aria = Monthly cost breakdown per platform; the figures are in the cost table.
chart-breakdown-title = Cost per month (EUR)
chart-needs-rate = The charts need one currency: enter a USD per EUR rate.
chart-distribution-aria = Distribution of yearly downtime per platform; median and 95th percentile are in the table.
chart-distribution-title = Yearly downtime users see, simulated years (minutes)
chart-distribution-x = minutes of downtime in the year
chart-distribution-y = years

## The toolbar

toolbar-aria = Settings
toolbar-preset = Preset
toolbar-your-scenario = Your scenario
preset-large = Large cluster (50 nodes, 500 pods)
toolbar-compare = Compare
toolbar-at-least = (two at least)
toolbar-at-least-title = Hafen compares: two platforms at least stay shown
toolbar-zones = Zones
toolbar-zones-none = none
toolbar-operator = Operator reacts in
toolbar-operator-title = A product setting, not a platform default: how long until a person notices and acts
toolbar-stories = Stories
toolbar-stories-title = Step through a story, full screen, with a clicker: one from the design documents, or the document's own (P presents the document's story, else the preset's)
toolbar-stories-aria = Present a story
toolbar-present = Present…
toolbar-document-story = This document's story: { $title }
toolbar-document-whole = This document, in one step
toolbar-language = Language
toolbar-undo-title = Undo (Ctrl+Z)
toolbar-redo-title = Redo (Ctrl+Shift+Z)
toolbar-clear = Clear faults ({ $count })
toolbar-share = Share…
toolbar-share-title = The link to this scenario, an iframe for a wiki page, pictures of the diagrams
toolbar-download = ⇩ Download
toolbar-download-title = Save this scenario as a YAML file (the format hafen-sim reads)
toolbar-open = Open…
toolbar-open-title = Open a scenario file or a docker-compose.yml (or drop one on the page)
toolbar-more = ⋯ More

## Tabs and the timeline

tabs-aria = Views
tab-platforms = Platforms
tab-costs = Costs
tab-availability = Availability
tab-advisor = Do we need Kubernetes?
tab-timings = Timings
tab-commands = Commands
tab-files = Files
timeline-aria = Time
timeline-play = ▶ Play
timeline-pause = ❚❚ Pause
timeline-play-title = Play / pause (Space)
timeline-speed = Speed
timeline-prev = ◀ prev
timeline-prev-title = Previous event (Shift+N)
timeline-next = next ▶
timeline-next-title = Jump to the next event (N)
timeline-slider = Simulated time
timeline-of = of { $end }

## The header and the actions

tagline = one application on Docker Compose, Docker Swarm and Kubernetes: what fails, what heals, what it costs
actions-aria = Faults and operations
actions-at = At { $at }, on every platform:
action-kill-title = Power off (key K); on Compose this is the one host
action-kill-running-title = Powers off the node that runs { $service } on every platform (on Compose the one host): the same loss everywhere. Select a node to power off that one instead (key K)
action-crash = Crash { $service }
action-crash-title = One replica's process exits (key C)
action-hang = Hang { $service }
action-hang-title = One replica stops answering, its process stays (key H)
action-deploy = Deploy { $service } v2
action-deploy-broken = Deploy broken { $service } v2
action-spike = Traffic spike ×4 ({ $to }/s)
action-fail-zone = Fail { $zone }
action-config = Configuration change
graph-service = { $service }: { $replicas } replica(s)
graph-service-entry = { $service }: { $replicas } replica(s); users call this
graph-meta-entry = ×{ $replicas } · users call this
graph-aria = Application: { $services }

## What is wrong with a scenario (files, links, saved states, edits)

error-at-line = line { $line }: { $field }: { $message }
error-in-field = { $field }: { $message }
note-event-dropped-node = { $id }: event at { $at } dropped: node { $node } does not exist on { $platform }
note-event-dropped-zone = { $id }: event at { $at } dropped: zone { $zone } does not exist on { $platform }
bad-control-plane-nodes = a self-hosted control plane has 1 to 7 nodes, got { $got }
bad-between = must be between { $min } and { $max }, got { $got }
bad-between-bare = must be between { $min } and { $max }
bad-at-most = at most { $max }
bad-managers = must be between 1 and the number of nodes ({ $nodes }), got { $got }
bad-zones-most = at most { $max } zones
bad-node-resources = a node needs some CPU and memory
bad-duration-most = at most { $max } of simulated time
bad-duration-zero = a scenario needs some simulated time, e.g. 1h
bad-zones-nodes = { $zones } zones but only { $nodes ->
        [one] one worker node
        *[other] { $nodes } worker nodes
    }: each zone needs a node
bad-no-services = the application has no services
bad-services-most = at most { $max } services
bad-events-most = at most { $max } events
bad-service-needs-name = a service needs a name
bad-name-compose-rule = { $why } (Compose's rule for service names)
bad-tag-docker-rule = { $why } (Docker's rule for image tags)
bad-service-twice = two services are called "{ $service }"
bad-startup-day = a start-up of more than a day is not plausible
bad-second-to-hour = must be between 1 s and 1 h
bad-at-most-day = at most a day
bad-pre-stop-hour = a preStop pause of more than an hour is not plausible
bad-image-empty = a service's image needs a name, e.g. postgres:15-alpine
bad-image = "{ $image }" is not an image name: write it as name:tag in lower case without spaces, e.g. postgres:15-alpine
bad-cpu-limit = the limit ({ $limit } m) is below the request ({ $request } m); Kubernetes refuses that
bad-memory-limit = the limit ({ $limit } MiB) is below the request ({ $request } MiB); Kubernetes refuses that
bad-autoscale-range = needs 1 ≤ min ≤ max ≤ { $most }, got { $min }–{ $max }
bad-autoscale-cpu = target CPU must be between 1 and 1000 %
bad-autoscale-capacity = an autoscaled service needs capacity_rps (CPU use follows load over capacity)
bad-autoscale-behavior-policy = a scale-up policy adds at least 1 (pod or %) per period
bad-autoscale-behavior-window = a stabilization window is at most 1 h, got { $got }
bad-no-such-node = no node is called "{ $node }" (nodes: { $nodes })
bad-capacity-zero = must be at least 1 request/s (leave it out for unlimited)
bad-no-such-service = no service is called "{ $service }"
bad-depends-on-itself = a service cannot depend on itself
bad-replicas-total = { $total } replicas in all; at most { $max }
bad-cycle = the dependencies form a cycle
bad-rps-most = at most { $max } requests/s
bad-after-end = { $at } is after the end of the scenario ({ $end })
bad-no-such-zone = no zone is called "{ $zone }" (zones: { $zones })
bad-no-zones = no zone is called "{ $zone }" (this platform has no zones: set platform.zones)
bad-release-version = a release needs a version name
bad-no-volume = { $service } has no volume (not stateful)
bad-traffic-section = a traffic change needs a `traffic:` section naming the entry service
bad-name-long = "{ $name }…" is longer than { $most } characters
bad-name-character = "{ $name }" has '{ $character }'; use letters, digits, '.', '_' and '-'

## Timings out of bounds

bad-period-short = a period must be at least 100 ms, got { $got }
bad-at-most-year = at most a year, got { $got }
bad-percent-most = at most { $max } %, got { $got } %
bad-surge-and-unavailable-zero = maxSurge and maxUnavailable cannot both be 0: Kubernetes refuses such a Deployment (it could never replace a pod)

## The team's situation

bad-compose-one-machine = Docker Compose runs on one machine
bad-team = must be between 1 and 100000 people, got { $got }
bad-deploys-per-day = at most 10000 a day, got { $got }
bad-uptime-target = must be between 50 % and 99.999 %, got { $got } %

## Scenario files

yaml-nothing = nothing
yaml-true-false = true/false
yaml-whole-number = a whole number
yaml-decimal-number = a decimal number
yaml-text = text
yaml-list = a list
yaml-map = a map
yaml-unsupported = an unsupported value
yaml-malformed = not valid YAML: { $why }
file-nested-too-deeply = nested too deeply (more than { $most } levels of indentation and list or key markers); a scenario needs a handful
file-expected-map = expected a map with { $keys }, got { $got }
file-expected-behavior = expected default or a map with { $keys }, got { $got }
file-keys-are-names = keys must be names, got { $got }
file-unknown-field = unknown field "{ $key }"; known here: { $known }
file-expected-text = expected text, got { $got }
bad-negative = must not be negative, got { $got }
file-more-than-most = { $got } is more than the most allowed, { $max }
file-expected-whole-number = expected a whole number, got { $got }
file-expected-flag = expected true or false, got { $got }
file-expected-list = expected a list, got { $got }
duration-empty = empty duration
duration-not = "{ $text }" is not a duration (examples: 500ms, 10s, 15m, 2h, 1h30m)
duration-too-large = "{ $text }" is too large
duration-needs-unit = "{ $text }" needs a unit (ms, s, m, h, d), e.g. { $number }s
duration-unknown-unit = unknown unit "{ $unit }" in "{ $text }" (use ms, s, m, h or d)
duration-too-long = "{ $text }" is too long
file-number-needs-unit = { $number } needs a unit, e.g. { $number }s or { $number }m
file-expected-duration = expected a duration like 10s, got { $got }
cpu-not = "{ $text }" is not a CPU amount (examples: 250m, 0.5, 2)
cpu-implausible = { $text } cores is not a plausible amount
cpu-too-much = too much CPU
memory-not = "{ $text }" is not an amount (examples: 256Mi, 4Gi)
memory-unknown-unit = "{ $text }": unknown unit (use Mi, Gi or Ti)
memory-too-large = too large
file-expected-cpu = expected a CPU amount like 250m or 2, got { $got }
file-expected-memory = expected an amount like 256Mi, got { $got }
file-unknown-kind = unknown kind "{ $kind }" (frontend, backend, worker, database, cache, queue, ingress)
file-unknown-restart = unknown restart policy "{ $policy }" (no, always, unless-stopped, on-failure)
file-expected-version-name = expected a version name, got { $got }
file-which-platform = say which platform: compose, swarm or kubernetes
file-compose-one-host = Docker Compose runs on exactly one host
file-needs-a-node = needs at least one node
file-unknown-control-plane = unknown control plane "{ $got }" (managed, self-hosted)
file-expected-kubernetes-version = expected a version like "1.32", got { $got }
file-not-kubernetes-version = "{ $text }" is not a version like "1.32"
file-reaction-or-preset = { $why }; or a preset: on-call, office-hours, weekend
file-control-plane-nodes-only = control-plane nodes only apply to Kubernetes with control_plane: self-hosted
file-control-plane-needs-node = a self-hosted control plane needs at least one node
file-managers-only-swarm = managers only apply to Docker Swarm
file-event-needs-at = an event needs `at:`, e.g. { "{" } at: 60s, kill_node: node-1 { "}" }
file-event-one-action = an event has exactly one action besides `at` (one of { $actions }), got { $got }
file-expected-node-or-running = expected a node name or { "{" } running: <service> { "}" }
file-needs-key = { $action } needs `{ $key }:`
file-expected-rps = expected { "{" } rps: <requests per second> { "}" }
file-expected-config-target = expected all, a service name or { "{" } service: <name> { "}" }
file-resize-needs-size = resize_volume needs `size:`, e.g. 20Gi
file-story-needs-title = a story needs `title:`
file-story-needs-steps = a story needs `steps:`, a list of steps
file-unknown-panel = unknown panel "{ $panel }" ({ $known })
file-question-one-target = a question is about one service or one node
file-unknown-outcome = unknown outcome "{ $outcome }" ({ $known })
file-question-needs-platform = a question needs `platform:`, the platform it asks about
file-question-needs-target = a question needs `service:` or `node:`, what it asks about
file-step-needs-title = a step needs `title:`
file-unknown-platform = unknown platform "{ $platform }" (compose, swarm, kubernetes)
file-uptime-target = a target between 50 and 99.999 (%), got { $got }
file-expected-number = expected a number, got { $got }
file-mtbf = a mean time between failures must be between 1 h and { $max } h
file-unknown-price-table = unknown price table "{ $table }" ({ $known })
file-listed-twice = { $platform } is listed twice
file-two-or-three-platforms = list two or three platforms to compare: compose, swarm, kubernetes
file-too-large = a scenario file may have at most { $most } KiB
file-empty = the file is empty
file-one-scenario = one scenario per file: remove the second YAML document
file-expected-seed = expected a whole number ≥ 0, got { $got }
file-where-it-runs = say where it runs: platform: { "{" } kind: compose | swarm | kubernetes { "}" }
file-needs-services = the application needs `services:`
file-traffic-needs-entry = traffic needs `entry:`, the service users call

## Documents in links and saved states

bad-price-table = unknown price table "{ $table }"

## Compose files refused

compose-too-large = a compose file may have at most { $most } KiB
compose-one-file = one compose file per file: remove the second YAML document
compose-keys-are-names = keys must be names
compose-merge-takes = a merge (<<) takes a map or a list of maps, got { $got }
compose-merge-takes-maps = a merge (<<) takes maps
compose-unreadable-value = a value that cannot be read (an alias to nothing, or aliases beyond the limit)
variables-nested = variables nested more than { $most } deep
variable-not-closed = "${ "{" }" without its closing "{ "}" }" in "{ $value }"
variable-not-a-name = "${ "{" }{ $body }{ "}" }" is not a variable (a name is letters, digits and '_')
variable-unknown-operator = "${ "{" }{ $body }{ "}" }": unknown operator after { $name } (use :-, -, :?, ?, :+ or +)
compose-is-a-map = a compose file is a map with services:, got { $got }
compose-needs-services = a compose file needs services:
compose-no-services = no services in the file
compose-expected-services-map = expected a map of services, got { $got }
compose-expected-map = expected a map, got { $got }
compose-all-in-profiles = every service is in a profile: nothing runs without --profile
compose-needs-image = a service needs image: or build:
expect-cpu-cores = CPU cores, e.g. 0.5
expect-services = a list or a map of services
expect-mode = replicated or global
expect-condition = none, on-failure or any
expect-restart = no, always, on-failure or unless-stopped
expect-mounts = a list of mounts
expect-mount = a mount like data:/var/lib/data
expect-duration-long = a duration like 30s or 1m30s
expect-restart-policy = a restart policy
expect-kind = a service kind
expect-size = a size like 10Gi
expect-whole-positive = a whole number ≥ 1
expect-memory-upper = an amount like 512M or 1G
expect-autoscale = { "{" } min, max, cpu { "}" }
expect-autoscale-behavior = default or { "{" } scale_up_pods, scale_up_percent, scale_up_window, scale_down_window { "}" }
expect-duration = a duration like 5s
expect-image = an image name like postgres:15-alpine
expect-memory-lower = an amount like 512m or 1g

## Written stories refused

expect-declared-volume = a volume declared under the top-level volumes:
bad-characters-most = at most { $most } characters, got { $got }
story-needs-title = a story needs a title
story-needs-step = a story needs at least one step
story-steps-most = at most { $most } steps, got { $got }
story-step-needs-title = a step needs a title
story-ends-before-start = ends ({ $to }) before it starts ({ $from })
story-no-such-node = { $platform } has no node called "{ $node }" (nodes: { $nodes })
story-not-a-service-outcome = { $outcome } is not an outcome for a service; choose from { $known }
story-not-a-node-outcome = { $outcome } is not an outcome for a node; choose from { $known }
story-choices-count = two to { $most } choices, got { $got }
story-choice-twice = a choice is listed twice
story-platform-not-shown = { $platform } is not shown in this step

## Presets and questions

story-outage-circular = { $service }'s outage goes round its dependencies
story-no-node = no node is called "{ $node }"
preset-unknown = no preset is called "{ $preset }"
preset-stale = the packed preset "{ $preset }" is stale: run UPDATE_PACKED=1 cargo test -p hafen-core --lib presets

## Edits refused

edit-not-on-off = "{ $value }" is neither on nor off
edit-not-whole = { $what } must be a whole number, got "{ $value }"
edit-negative = { $what } cannot be negative
edit-at-most = { $what } can be at most { $max }
edit-what-replicas = replicas
edit-what-compose-containers = Compose containers
edit-what-capacity = capacity
edit-what-autoscale-min = autoscaler minimum
edit-what-autoscale-max = autoscaler maximum
edit-needs-cpu = a container needs some CPU
edit-needs-memory = a container needs some memory
edit-unknown-restart = unknown restart policy "{ $policy }"
edit-unknown-kind = unknown kind of service "{ $kind }"
edit-capacity-zero = capacity must be at least 1 request/s (leave it empty for unlimited)
edit-cpu-limit-zero = a CPU limit must be above zero (leave it empty for none)
edit-autoscale-form = write the autoscaler as min-max, e.g. 2-10
edit-last-service = the application needs at least one service
edit-compose-one-host = Docker Compose runs on one host
edit-not-removable = { $node } is not a worker node that can be removed
edit-last-node = a cluster needs at least one worker node
edit-no-traffic-entry = the application has no service to receive traffic
edit-story-step = step { $step } of the story: { $why }

## What the compose import says

compose-place-service-line = services.{ $service }.{ $key } (line { $line })
compose-place-service = services.{ $service }.{ $key }
compose-place-line = { $key } (line { $line })
compose-place = { $key }
compose-warning = { $place }: { $note }
compose-not-simulated = read, not simulated
compose-unknown-key = not a key of the Compose Specification; ignored
compose-obsolete = obsolete; Compose ignores it
compose-bind-mount = bind mount of the host path "{ $path }": host-specific, not a volume that moves with the service; not simulated
compose-only-build = built from source: its image is unknown; the kind was inferred from the service's name
compose-in-profile = in profile { $profiles }: `docker compose up` does not start it without --profile; not imported
compose-dependency-dropped = depends on { $service }, which was not imported; dependency dropped
compose-unset = variable { $variable } is not set (Hafen has no environment or .env file); the empty string was used
compose-required = variable { $variable } is required ("{ $message }"): Compose would stop; the empty string was used
compose-bad-value = "{ $value }" could not be read (expected { $expected }); the default was kept
compose-constraint = placement constraint "{ $constraint }" names no node Hafen draws; not simulated
compose-start-order = condition { $condition } orders start-up only, which is not simulated; the dependency itself is simulated: this service cannot answer while { $dependency } is down
compose-global = global mode: one replica per node, { $replicas } on the cluster compared
compose-port-clash = { $replicas } replicas publish one fixed host port: on one host only one container can bind it, so Compose runs one; the clusters run all { $replicas } behind their load balancers
compose-assumed-resources = no resources given: assumed requests of { $cpu } m CPU and { $memory } MiB memory
compose-assumed-volume = a named volume: a stateful service (a StatefulSet on Kubernetes) with an assumed { $gib } GiB volume
compose-assumed-traffic = assumed { $rps } requests/s from users into { $entry } (the file does not say; change it in the app or the scenario file)
compose-assumed-entry = no service publishes a port: users are assumed to call { $entry }, which nothing depends on
compose-assumed-cluster = compared on a Kubernetes cluster of { $nodes } worker nodes with { $cpu } vCPU and { $memory } GiB each{ $gpu ->
        [0] {""}
        [one] { " and 1 GPU node" }
        *[other] { " and " }{ $gpu } GPU nodes
    } (assumed: the smallest where every replica fits on the nodes left after one fails)

## Files opened

file-refused = { $file }: { $why }

## Links and saved states that do not open

link-empty = the link holds no scenario after its #
link-too-long = the link is { $length } characters long; a Hafen link has at most { $most } KiB
link-no-version = this is not a Hafen scenario link (the part after # starts with "{ $version }.")
link-newer = the link was made by a newer Hafen (format { $theirs }); this one reads format { $ours }
link-not-base64 = the link has characters a Hafen link never has: it was changed or cut when it was copied
link-damaged = the link is cut short or damaged: copy the whole address again
link-too-big = the link unpacks to more than { $most } MiB and is refused
link-not-a-document = the link does not hold a Hafen scenario (cut short, or made by something else)
link-invalid = the scenario in the link is refused: { $why }

## The app refuses

refused-show-two = show at least two platforms to compare
worker-missing = Hafen could not start its file reader (hafen-files_loader.js). Reload the page; if it stays, the files next to index.html are incomplete.

## Fields and forms

form-not-a-number = "{ $text }" is not a number
form-empty = empty
form-field-refused = { $field }: { $why }
not-changed = Not changed: { $why }
updating-note = Updating for your last edit: the figures below are still for the document before it.

## Cost bills

money-both = { $eur } + { $usd }
cost-item-host = 1 host (one VPS)
cost-item-host-offer = 1 host: { $offer }
cost-item-workers = { $count } × { $offer } (worker nodes)
cost-item-control-plane = { $count } × { $offer } for a self-managed control plane
cost-item-managed-control-plane = managed control plane
cost-item-load-balancer = load balancer in front of the nodes
cost-item-gpu = { $count } × GPU node
cost-item-block-storage = { $gib } GiB block storage
cost-item-persistent-volumes = storage (PersistentVolumes)
cost-source-no-offer-fits = no single VM in the table fits { $cpu } vCPU / { $gib } GiB; the largest is shown
cost-source-own-machines = prices.md: a self-managed control plane runs on your own machines (3 for HA)
cost-missing-vm = VM price
cost-missing-node = node price
cost-missing-control-plane-node = control-plane node price
cost-missing-managed-fee = managed control-plane fee (not in this price table, whose clusters run their own control plane)
cost-missing-load-balancer = load balancer
cost-missing-gpu = GPU node
cost-missing-block-storage = block storage
cost-people-compose = design documents (prices.md): ops 2–4 h/month, learning ~0 h, set-up "hours" (read as 2–8 h)
cost-people-swarm = assumption: the design documents give no Swarm figures; set between Compose and Kubernetes
cost-people-kubernetes = design documents (prices.md): ops 20–40 h/month, learning 100–120 h, set-up 40–80 h

## The cost panel

cost-aria = Costs
cost-heading = What it costs
cost-prices = Prices
cost-ops-rate = Ops rate EUR/h
cost-ops-rate-field = ops rate
cost-downtime-rate = Downtime EUR/h
cost-downtime-field = downtime cost
cost-months = Months
cost-months-field = months
cost-usd-rate = USD per EUR
cost-usd-rate-field = USD per EUR
cost-keep-apart = keep apart
cost-note = List prices as of { $date } ({ $source }). The ops rate and the cost of downtime are your figures; defaults are assumptions.
cost-caption = Per month, and in total over the horizon
cost-row-infrastructure = infrastructure
cost-row-of-which = of which
cost-row-not-priced = not in the price table
cost-row-ops-hours = ops hours
cost-row-people = people
cost-row-expected-downtime = expected downtime
cost-row-downtime-cost = downtime cost
cost-row-total = total per month
cost-row-once = once: set-up and learning
cost-row-horizon = total over { $months } months
cost-line = { $item }: { $amount }
cost-hours = { $hours } h
cost-minutes = { $minutes } min
cost-needs-rate = needs a USD rate
cost-people-sources = Where the people figures come from
break-even-from-start = Kubernetes costs less than Docker Compose from the first month.
break-even-month = Kubernetes pays back its higher fixed cost in month { $month }: from then on its total cost stays below Docker Compose's.
break-even-never = Kubernetes never pays back for this input: it costs more every month, and less downtime does not make up for it (looked at { $months } months).
break-even-later = Kubernetes does not pay back within { $months } months (it would later: it costs less per month).
break-even-needs-rate = EUR and USD are mixed: enter a USD per EUR rate to compare totals and find the break-even month.

## Availability fields

availability-node-mtbf-field = node failure interval
availability-replica-mtbf-field = replica failure interval
availability-hang-mtbf-field = replica hang interval

## The advisor

verdict-cheapest = { $platform }: it meets the { $target } uptime target and every requirement, and costs { $total } over { $months } months, { $by } less than { $next } ({ $next_total }), the next that does.
verdict-only = { $platform }: the only platform that meets the { $target } uptime target and every requirement ({ $total } over { $months } months).
verdict-needs-rate = { $platforms } meet the { $target } uptime target and every requirement; which costs less depends on the exchange rate: give USD per EUR on the Costs tab.
verdict-none-meets = None: no platform meets the { $target } uptime target; the closest is { $platform } at { $availability }.
verdict-none-meets-requirements = None: no platform that satisfies every requirement meets the { $target } uptime target; the closest is { $platform } at { $availability }.
verdict-none-satisfies = None: no platform satisfies every hard requirement.
requirement-node-autoscaling = machines added and removed automatically
requirement-zero-downtime = zero-downtime deploys
why-cluster-autoscaler = the cluster autoscaler adds nodes for Pending pods and removes unneeded ones
why-no-automatic-machines = nothing adds a machine by itself: a person does
why-deploy-no-downtime = a simulated deploy left { $entry } answering throughout
why-deploy-downtime = a simulated deploy left { $entry } down for { $down }
source-crash = crashes of { $service }
source-hang = hangs of { $service }
source-node = failures of the node running { $service }
source-host = the host's own failures
source-deploys = the deploys
source-failures = failures
need-restart-policy = `restart: unless-stopped` for { $services } (a crash then restarts at once instead of waiting for a person): { $then }
need-watchdog = hung containers of { $services } restarted: a watchdog such as autoheal, or a healthcheck-aware restart (Docker's restart policies ignore an unhealthy container): { $then }
need-healthcheck = a HEALTHCHECK for { $services }, so Swarm replaces a task that stops answering: { $then }
need-liveness = a liveness probe for { $services }, so the kubelet restarts a container that stops answering: { $then }
need-second-replica = a second replica of { $services } on another node: { $then }
need-standby = a replicated setup for { $services } with a standby to fail over to (a second replica alone does not share the data): { $then }
need-out-of-reach = out of reach on { $platform } even so ({ $best }): the largest share left is { $source }, { $minutes } a month
needs-reach = { $platform } meets { $target } only with
needs-cannot-reach = { $platform } cannot meet { $target }
reason-meets-target = estimated availability { $availability } ({ $down } down a month): meets the { $target } target
reason-misses-target = estimated availability { $availability } ({ $down } down a month): misses the { $target } target
reason-requests = estimated requests answered: { $share }
reason-deploy-no-downtime = a deploy (simulated) leaves { $entry } answering throughout
reason-deploy = a deploy (simulated) leaves { $entry } down for { $down }: { $month } a month at { $per_day ->
        [one] 1 deploy
        *[other] { $per_day } deploys
    } a day
reason-data-left-behind = a node failure brings { $services } back on another node with a new, empty volume: { $count ->
        [one] its data stays
        *[other] their data stays
    } on the dead node (Swarm does not keep a task near its local volume), so the estimate counts { $count ->
        [one] it
        *[other] them
    } as down until the operator acts ({ $operator }); `node:` (a placement constraint) keeps the data and waits for the node instead
reason-excluded = fails a hard requirement, { $requirement }: { $why }
reason-total = { $total } over { $months } months ({ $monthly } a month: machines, people and expected downtime)
reason-costs-more = { $by } more than { $platform }, the recommendation
reason-costs-less-but = { $by } less than { $platform }, but it misses the target or a requirement
reason-costs-depends = whether it costs more than { $platform }, the recommendation, depends on the exchange rate
reason-needs = { $heading }: { $needs }
trigger-team-under-3 = team smaller than 3
trigger-under-100-rps = under 100 requests/s
trigger-one-or-two-machines = 1–2 machines
trigger-team-over-3 = team larger than 3
trigger-over-1000-rps = over 1000 requests/s
trigger-over-5-machines = over 5 machines
trigger-over-20-containers = over 20 containers
trigger-over-10-deploys = over 10 deploys a day
figure-team = { $people ->
        [one] team of 1
        *[other] team of { $people }
    }
figure-peak-rps = { $rps } req/s
figure-machines = { $machines ->
        [one] 1 machine
        *[other] { $machines } machines
    } on { $platform } today
figure-containers = { $containers } containers on { $platform }
figure-deploys = { $deploys ->
        [one] 1 deploy/day
        *[other] { $deploys } deploys/day
    }
advice-restart-no = { $services } { $count ->
        [one] runs
        *[other] run
    } with `restart: no`, Docker's default: a crashed container waits for a person ({ $operator } operator reaction). `restart: unless-stopped` restarts it after { $delay } plus its start-up.
advice-hangs-wait = On { $platform }, a hang of { $services } waits for a person ({ $operator } operator reaction): nothing restarts a container that is alive but no longer answers. { $fix }
advice-hang-fix-watchdog = Docker's restart policies ignore an unhealthy container: a watchdog such as autoheal, or a healthcheck-aware restart, would restart it.
advice-hang-fix-healthcheck = A HEALTHCHECK would let Swarm replace the task once it is unhealthy.
advice-hang-fix-liveness = A liveness probe would let the kubelet restart it.
path-swarm-init = add machines and `docker swarm init` (3 managers for a quorum)
path-stack-deploy = deploy the same compose file with `docker stack deploy`; `restart:` becomes `deploy.restart_policy`
path-pin-stateful = pin stateful services to the machine holding their volume (a placement constraint: otherwise Swarm restarts them elsewhere on an empty volume), or move data to shared storage
path-load-balancer = put a load balancer in front of the machines
path-translate = translate services to Deployments, StatefulSets with PersistentVolumeClaims, Services and an Ingress
path-probes = add liveness and readiness probes (rolling updates rely on readiness), with a startupProbe for slow starters
path-control-plane = pick a managed control plane or run 3 control-plane nodes
path-budget-hours = budget 100–120 h of learning and 20–40 h of operations a month (design documents)

## The advisor panel

advisor-not-a-number = not a number
advisor-trigger = { $mark } { $trigger } — { $figure }
advisor-path-compose = The path: Compose now → Swarm → Kubernetes
advisor-path-swarm = The path: Swarm now → Kubernetes
advisor-path-kubernetes = Already on Kubernetes
advisor-aria = Advisor
advisor-heading = Which platform fits
advisor-note = Your situation today, not the clusters drawn for comparison. Each figure is yours to change.
advisor-today = Runs today on
advisor-machines = Machines
advisor-team = Team size
advisor-deploys = Deploys a day
advisor-uptime = Uptime target %
advisor-traffic = Traffic, req/s
advisor-zero-downtime = zero-downtime deploys are business-critical
advisor-node-autoscaling = machines must be added and removed automatically
advisor-from-doc = from the scenario: { $rps } req/s, { $containers } containers on { $platform }
advisor-recommendation = Recommendation: { $platform }
advisor-recommendation-none = Recommendation: none
advisor-figures = The figures the verdict follows (the Availability and Costs tabs)
advisor-col-availability = availability (estimate)
advisor-col-requests = requests answered (estimate)
advisor-col-deploy = a deploy (simulated)
advisor-col-monthly = total a month
advisor-col-horizon = over { $months } months
advisor-col-target = meets { $target }
advisor-col-fails = fails
advisor-yes = yes
advisor-no = no
advisor-requirements = Hard requirements
advisor-requirement-platform = { $mark } { $platform }: { $why }
advisor-why = Why, platform by platform
advisor-rules = The design documents' rules of thumb
advisor-rules-note = Shown for reference: the verdict above follows the figures. The documents' SLA and deploy-downtime rules are decided by the estimates; zero-downtime deploys and machines added automatically are hard requirements.
advisor-stay = Stay on Compose while
advisor-consider = Consider Kubernetes above
advisor-triggers-source = Rules of thumb from the design documents (prices.md): stay below a team of 3, 100 req/s and 1–2 machines; consider Kubernetes above a team of 3, 1000 req/s, 5 machines, 20 containers or 10 deploys a day.

## The inspector

inspector = Inspector
inspector-close-aria = Close the inspector (Esc)
inspector-close = Close (Esc)
inspector-idle = Select a replica, a service or a node (click, or Tab and arrow keys) to see and change its settings. Enter opens the inspector; Delete removes.
inspector-host = The one Docker host. Killing it kills node-1 on the clusters at the same moment.
inspector-node = A worker node. Actions apply at the time cursor on every platform (on Compose, to the one host).
inspector-remove-node = Remove { $node } from the clusters
inspector-crash = Crash one replica
inspector-hang = Hang one replica
inspector-remove-service = Remove service
field-replicas = replicas
field-replicas-hint = Swarm and Kubernetes
field-compose-replicas = containers on Compose
field-compose-replicas-hint = empty: same as replicas
field-cpu = CPU
field-cpu-hint = request, e.g. 250m or 0.5
field-memory = memory
field-memory-hint = request, e.g. 256Mi or 1Gi
field-startup = start-up
field-startup-hint = until it answers, e.g. 5s
field-capacity = capacity req/s
field-capacity-hint = per replica; empty: unlimited
field-depends-on = depends on
field-depends-on-hint = services it calls, comma-separated
field-autoscale = autoscale
field-autoscale-hint = Kubernetes min-max at 70 % CPU; empty: off
field-volume = volume
field-volume-hint = stateful data, e.g. 10Gi
field-cpu-limit = CPU limit
field-cpu-limit-hint = empty: none (it may use its node's spare CPU)
field-pre-stop = preStop pause
field-pre-stop-hint = Kubernetes: keeps answering while its endpoint is removed, e.g. 5s
field-image = image
field-image-hint = container image and tag, e.g. postgres:15-alpine
field-stateful = stateful
field-liveness = liveness probe / HEALTHCHECK
field-readiness = readiness probe
field-startup-probe = startup probe (30 × 10 s, Kubernetes)
field-kind = kind
field-restart = restart (Compose)
field-restart-no = no (Docker's default)
field-pin = pinned to
field-pin-any = any node (scheduler decides)

## The notice line

notice-saved-now = { " " }(saved just now)
notice-saved-minutes = { " " }(saved { $minutes } min ago)
notice-saved-hours = { " " }(saved { $hours } h ago)
notice-saved-days = { " " }(saved { $days } days ago)
notice-restored = Restored your last scenario{ $ago }.
notice-bad-link-saved = This link could not be opened: { $why }. Showing your last scenario instead.
notice-bad-link-preset = This link could not be opened: { $why }. Showing a preset instead.
notice-bad-link-unchanged = This link could not be opened: { $why }. Your scenario is as it was.
notice-bad-saved = The scenario saved in this browser could not be read: { $why }. It is kept aside (local storage "{ $kept }"); Hafen starts from a preset.
notice-bad-file = This file could not be opened: { $why }. Your scenario is as it was.
notice-imported = Imported { $file }: { $services ->
        [one] 1 service
        *[other] { $services } services
    } on every platform (Undo goes back).
notice-imported-warnings = Imported { $file }: { $services ->
        [one] 1 service
        *[other] { $services } services
    } on every platform (Undo goes back). { $warnings ->
        [one] 1 thing is
        *[other] { $warnings } things are
    } not simulated or assumed:
notice-other-tab = Another Hafen tab saved its scenario over the one this tab saved. Yours is still here and in this tab's address; your next edit saves it again.
notice-newer = { $count ->
        [one] A newer Hafen made this link: one setting in it is not understood here and was left out.
       *[other] A newer Hafen made this link: { $count } settings in it are not understood here and were left out.
    }
notice-show-them = Show them
notice-fresh = Start from a preset instead

## Opening the app

app-preset-failed = The preset "{ $preset }" could not be opened ({ $why }); showing FeastFlow.
app-presets-unreadable = The built-in presets could not be read: { $why }
file-too-big-to-open = "{ $file }" is { $size } KiB; a scenario file has at most { $most } KiB
file-cannot-read-here = the browser cannot read files here
file-not-text = the file could not be read as text
file-browser-refused = the browser refused to make the file

## Scheduled events and captions

fault-kill-node = { $node } loses power
fault-kill-node-running = the node running { $service } loses power
fault-restore-node = { $node } comes back
fault-kill-host = the host loses power
fault-restore-host = the host comes back
fault-kill-zone = zone { $zone } goes down
fault-restore-zone = zone { $zone } comes back
fault-crash = { $service } crashes
fault-hang = { $service } hangs
fault-deploy = { $service } { $version } is deployed
fault-deploy-broken = { $service } { $version } is deployed (a broken release)
fault-traffic = traffic changes to { $rps } requests/s
fault-config-all = the configuration changes
fault-config = { $service }'s configuration changes
fault-resize-volume = { $service }'s volume grows to { $gib } GiB
fault-scale = { $service } is scaled to { $replicas }
caption-quiet = { $name }: no faults scheduled
caption-one = { $name }: at { $at } { $fault }
caption-two = { $name }: at { $at } { $fault }; at { $then_at } { $then }
caption-more = { $name }: at { $at } { $fault }, then { $more } more events

## Share

share-heading = Share this scenario
share-close = Close
share-link-label = Link — the whole document: whoever opens it sees this simulation
share-copy = Copy
share-snippet-label = Embed in a wiki page — it plays on its own; README lists its parameters
share-pictures = Pictures of the diagrams at { $at }, with the caption and the time:
share-link-copied = Link copied.
share-link-selected = Link selected: press Ctrl+C (⌘C) to copy it.
share-snippet-copied = Snippet copied.
share-snippet-selected = Snippet selected: press Ctrl+C (⌘C) to copy it.
share-saved = Saved { $file }.
share-no-picture = No picture: { $why }.
share-embed-title = Hafen: { $caption }
picture-time-line = at { $at } of { $end } simulated · Hafen: the documented defaults of Docker Compose, Docker Swarm and Kubernetes
picture-no-diagram = no diagram is shown
picture-browser-failed = the browser could not draw the picture
picture-no-png = the browser could not make the PNG

## The built-in stories: each step's title, narration, speaker notes and question

story-feastflow-app-title = One application, two ways to run it
story-feastflow-app-narration = FeastFlow: a frontend, a REST backend and PostgreSQL. Left, one container each on one host with Docker Compose; right, three nodes with Kubernetes: 3 frontend pods, 2 backend pods with an autoscaler, a PostgreSQL StatefulSet.
story-feastflow-app-notes = The design document's starting point: today on one host, production wants high availability and no downtime on releases. Every number you will see comes from the platforms' documented defaults.
story-feastflow-crash-title = The backend crashes
story-feastflow-crash-narration = At 01:00 a backend process exits, on one host with Compose and on Kubernetes beside it. The compose file sets no restart policy of its own.
story-feastflow-crash-notes = With `restart: unless-stopped` Compose would be back in about 5 s (the 100 ms restart delay plus start-up). Kubernetes removes the crashed pod from the Service endpoints, so no request fails.
story-feastflow-crash-question = The backend crashes on Compose, with Docker's default restart policy. What happens to it?
story-feastflow-crash-after-title = Down until someone acts
story-feastflow-crash-after = Docker's default `restart: no` applies: the backend stays down until the on-call operator acts after 15 minutes. On Kubernetes the kubelet restarts the container and the other backend pod keeps serving.
story-feastflow-node-title = The node running the database dies
story-feastflow-node-narration = At 01:00 the machine running PostgreSQL loses power: on Compose the only host, on Kubernetes one of three nodes.
story-feastflow-node-notes = NotReady after 50 s (node-monitor-grace-period, Kubernetes 1.32), eviction after 300 s (tolerationSeconds), forced detach after 6 min (maxWaitForUnmountDuration). A single-replica database stays a single point of failure on any platform.
story-feastflow-node-question = The node running PostgreSQL loses power. What happens to FeastFlow's frontend on Kubernetes?
story-feastflow-node-after-title = Only as available as its database
story-feastflow-node-after = Compose: the host is gone and everything with it, until someone powers it back on and runs `docker compose up -d`. Kubernetes replaces the frontend and backend pods after the 5-minute eviction, but PostgreSQL is a single StatefulSet pod: it is not replaced until the operator force-deletes it, and its volume detaches 6 minutes later. FeastFlow waits for its database on both.
story-feastflow-spike-title = Traffic spike
story-feastflow-spike-narration = At 05:00 traffic jumps from 50 to 400 requests/s for 20 minutes. Compose has one backend and one frontend: requests fail while the spike lasts, unless someone edits the file and scales by hand. Kubernetes' autoscaler adds backend pods on its own, but not at once: some requests fail while it catches up.
story-feastflow-spike-notes = The HorizontalPodAutoscaler syncs every 15 s and scales on CPU (70 % here); new pods still need their start-up and a readiness probe. On Compose, `--scale` and a load balancer in front take 5–10 minutes by hand.
story-feastflow-update-title = Update the backend to v2
story-feastflow-update-narration = At 05:00 backend v2 is released, each platform's usual way: `docker compose up -d` with the new image on Compose, the Deployment's rolling update on Kubernetes.
story-feastflow-update-notes = maxSurge 25 %, maxUnavailable 25 % (rounded: one extra pod, none missing). The blip is the endpoints update racing the SIGTERM; a `preStop: sleep 5` removes it.
story-feastflow-update-question = Compose deploys backend v2. What happens to the backend?
story-feastflow-update-after-title = Stop, then start
story-feastflow-update-after = Compose stops the old container, pulls and starts the new one: the backend is down while that happens. Kubernetes rolls the pods one by one behind readiness probes: no downtime, though without a preStop pause a few requests still reach a pod that is shutting down.
story-feastflow-bad-release-title = A bad v2
story-feastflow-bad-release-narration = v2 crashes right after it starts. Compose has already stopped v1: down until the operator rolls back. On Kubernetes the new pods never become ready, the rollout stalls and the old pods keep serving; `kubectl rollout undo` cleans up.
story-feastflow-bad-release-notes = progressDeadlineSeconds is 600 s: the Deployment reports the stall after 10 minutes. Nothing rolls back automatically on either platform.
story-feastflow-storage-title = The database needs more storage
story-feastflow-storage-narration = On Compose: back up, stop, resize the volume by hand, restart, restore: PostgreSQL is down for the whole procedure (assumed 30 minutes). On Kubernetes the PersistentVolumeClaim is expanded online where the storage class allows it: nothing stops.
story-feastflow-storage-notes = The 30 minutes are an assumption, not a default: edit it in the scenario. Online expansion needs `allowVolumeExpansion: true` on the StorageClass.
story-feastflow-config-title = A configuration change
story-feastflow-config-narration = Compose restarts every container at once: nothing answers for 8 s. Kubernetes rolls frontend and backend one pod at a time, but the single PostgreSQL pod has to restart too: FeastFlow is down there for 10 s, until its readiness probe passes, and a few more requests fail than on Compose. Rolling does not help while the database has one replica.
story-feastflow-config-notes = `docker compose up -d` after editing `.env` vs `kubectl rollout restart` after editing the ConfigMap. The database is the part neither platform can roll.
story-feastflow-costs-title = What it costs
story-feastflow-costs-narration = Compose on one host, Swarm and Kubernetes on three nodes each, per month, with the people's time it takes to run each. This price table has no fee for Kubernetes' managed control plane: the panel lists it under “not in the price table”, outside the totals.
story-feastflow-costs-notes = Prices are dated list prices (see the cost panel's sources); change them for your provider.
story-quantum-trader-today-title = Quantum Trader today
story-quantum-trader-today-narration = Redis, the AI engine and the execution service on one Hetzner VPS, one operator, under 10 requests/s, a 95 % uptime target.
story-quantum-trader-today-notes = From the Norwegian assessment: the question is not whether Kubernetes is better, but whether it pays for itself yet.
story-quantum-trader-host-dies-title = The VPS dies
story-quantum-trader-host-dies-narration = Everything is on one machine: when it stops, everything stops, and nothing comes back until someone brings the machine back; with one operator in office hours, that can be 4 hours. `restart: unless-stopped` then starts the containers by itself.
story-quantum-trader-host-dies-notes = This is the risk the 95 % target has to absorb: 5 % of a month is 36 hours.
story-quantum-trader-costs-title = What Kubernetes would cost
story-quantum-trader-costs-narration = The same application on a cluster: more machines, a control plane, and hours of set-up and operation each month for a one-person team.
story-quantum-trader-costs-notes = The hours are priced at the rate in the cost panel; that is usually the larger part.
story-quantum-trader-availability-title = What it would buy
story-quantum-trader-availability-narration = Availability over a year from the failure rates: what one host gives against a cluster that survives a node.
story-quantum-trader-availability-notes = Compare with the target: if one host already meets it, the cluster buys headroom, not compliance.
story-quantum-trader-swarm-title = Swarm as the middle way
story-quantum-trader-swarm-narration = Docker Swarm runs the same Compose file on several machines (`docker stack deploy`): failover without Kubernetes' control plane and learning curve, with fewer features.
story-quantum-trader-swarm-notes = No autoscaler, no StatefulSets (pin Redis to its machine with a placement constraint, or a node failure restarts it elsewhere with an empty volume), no rebalancing after a node returns: the things to check before choosing it.
story-quantum-trader-verdict-title = The verdict
story-quantum-trader-verdict-narration = The advisor sets each platform's estimated availability against the 95 % target, and their costs over two years: the cheapest that meets it wins.
story-quantum-trader-verdict-notes = It says what a platform would need for a stricter target; the design documents' rules of thumb are shown apart and decide nothing.
story-aima-app-title = AIMA
story-aima-app-narration = A backend, a database, a message queue and a GPU orchestrator that requests GPU nodes when work arrives and releases them afterwards.
story-aima-app-notes = From the German effort comparison: set-up, operations, scaling and failure handling per platform.
story-aima-setup-title = Set-up and running costs
story-aima-setup-narration = Machines, GPU time and the hours to set up and run each platform, per month.
story-aima-setup-notes = The GPU node dominates the machines; the people's hours dominate the difference between platforms.
story-aima-operations-title = Operations: who does what
story-aima-operations-narration = For every event, the commands on each platform, or what heals it without anyone: restart policy, Swarm's orchestrator, the kubelet, eviction, the autoscaler.
story-aima-operations-notes = Where a row says an operator acts, that is a page at night on that platform.
story-aima-failures-title = Failure handling
story-aima-failures-narration = How much of a year each platform keeps AIMA answering, from the failure rates and the recovery each platform does by itself.
story-aima-failures-notes = Automation pays back where failures are frequent and each one costs an operator's hour.
story-aima-payback-title = Where automation pays back
story-aima-payback-narration = Machines must be added on demand, which only Kubernetes does by itself; the advisor sets its bill against the failures it absorbs.
story-aima-payback-notes = Change the uptime target, the deploys per day or the requirement to show where the answer flips.
story-surprises-dead-node-traffic-title = node-2 loses power
story-surprises-dead-node-traffic-narration = node-2, one of three nodes, loses power at 01:00. On Kubernetes it runs one of the three frontend pods and one of the two backend pods.
story-surprises-dead-node-traffic-notes = node-monitor-grace-period is 50 s from Kubernetes 1.32 (40 s before). Swarm's routing mesh hides a dead node's tasks after a few seconds (the gossip layer's failure detector), before its managers' heartbeat grace ends.
story-surprises-dead-node-traffic-question = node-2, running one frontend pod of three, loses power. What happens to the frontend on Kubernetes?
story-surprises-dead-node-traffic-after-title = A dead node still gets traffic
story-surprises-dead-node-traffic-after = Kubernetes does not know yet: its frontend and backend pods stay in the Service endpoints until the node is marked NotReady, about 50 s later, and the requests sent to them fail. Swarm's routing mesh drops them after a few seconds.
story-surprises-eviction-title = The only backend pod's node dies
story-surprises-eviction-narration = This time the backend has a single replica, and its node dies at 01:00. Kubernetes marks a silent node NotReady after about 50 s.
story-surprises-eviction-notes = DefaultTolerationSeconds adds `node.kubernetes.io/unreachable` with tolerationSeconds 300 to every pod. Lower it per pod for faster failover; more replicas are the better fix.
story-surprises-eviction-question = The node running the only backend pod dies. What happens to the backend on Kubernetes?
story-surprises-eviction-after-title = Eviction waits five minutes
story-surprises-eviction-after = Kubernetes evicts and replaces the pod only after the 300 s toleration: about six minutes without a backend.
story-surprises-statefulset-title = The database's node dies
story-surprises-statefulset-narration = The node running postgres-0, FeastFlow's single PostgreSQL pod (a StatefulSet), dies at 01:00. Swarm, beside it, runs the same database on a local volume.
story-surprises-statefulset-notes = At-most-one semantics protect the data. The operator force-deletes after 15 minutes (on-call reaction); the ReadWriteOnce volume then detaches after maxWaitForUnmountDuration, 6 minutes. Swarm's scheduler does not know where a local volume's data is: only a placement constraint (`node.hostname == node-1`, a `node:` pin in Hafen) makes the task wait for its node instead.
story-surprises-statefulset-question = The node running PostgreSQL (a StatefulSet) dies. What happens to postgres on Kubernetes?
story-surprises-statefulset-after-title = A StatefulSet pod is not replaced
story-surprises-statefulset-after = After five minutes the pod is marked for deletion but stays Terminating: a StatefulSet never starts a second postgres-0 while the first might still run. The operator force-deletes it at 16:00; its volume detaches 6 minutes later. Swarm starts postgres elsewhere within a minute, on a new, empty volume: its data stays on the dead node, which stays down on both (Down, NotReady).
story-surprises-slow-starter-title = A slow starter crashes once
story-surprises-slow-starter-narration = This backend needs 60 s to start, and its liveness probe keeps Kubernetes' defaults: checked every 10 s from the start, 3 failures allowed. At 01:00 it crashes once.
story-surprises-slow-starter-notes = The fix is a startupProbe (or initialDelaySeconds) longer than the start-up. The back-off doubles from 10 s up to 5 minutes.
story-surprises-slow-starter-question = A backend that needs 60 s to start crashes once. Its liveness probe uses Kubernetes' defaults. What happens to it?
story-surprises-slow-starter-after-title = A slow starter never starts
story-surprises-slow-starter-after = The kubelet kills the backend 30 s after each start, again and again: CrashLoopBackOff. On Swarm the HEALTHCHECK allows 3 × 30 s, so it starts.
story-surprises-hung-title = The backend hangs
story-surprises-hung-narration = At 01:00 the backend stops answering, but its process stays alive. On Compose a HEALTHCHECK checks it every 30 s, on Kubernetes readiness and liveness probes every 10 s.
story-surprises-hung-notes = Only Swarm (and Kubernetes) act on health; plain Docker needs something like autoheal or an operator.
story-surprises-hung-question = The backend hangs on Compose; its HEALTHCHECK fails. What happens to it?
story-surprises-hung-after-title = Docker sees a hung container but does not restart it
story-surprises-hung-after = Docker marks it unhealthy after three failed checks, and that is all: no restart policy acts on health. It stays hung until the operator restarts it. On Kubernetes the readiness probe takes the pod out of the endpoints after three failed checks, and the liveness probe restarts it; requests sent to it until then fail.
story-surprises-no-rebalance-title = node-2 comes back
story-surprises-no-rebalance-narration = node-2 dies at 01:00 and Swarm moves its tasks to the other nodes. At 03:00 node-2 is back.
story-surprises-no-rebalance-notes = `docker service update --force` redistributes a service's tasks. Kubernetes does not move evicted pods back either (the descheduler or a rollout restart does); here node-2 returns before the 5-minute eviction, so its own pods simply start again there.
story-surprises-no-rebalance-question = node-2 comes back two minutes after it died. What does Swarm do with it?
story-surprises-no-rebalance-after-title = Swarm does not rebalance
story-surprises-no-rebalance-after = Swarm places only new tasks and never moves running ones back: node-2 stays without tasks. On Kubernetes node-2 returns before the 5-minute eviction, so its own pods start there again.

## Stories and questions

story-title-feastflow = FeastFlow: Compose vs Kubernetes
story-title-quantum-trader = Quantum Trader: do we need Kubernetes yet?
story-title-aima = AIMA: what each platform costs in effort
story-title-surprises = The surprises
story-title-other = Story
story-what-happens = What happens?
story-whole-title = The whole run
story-whole-quiet = Nothing is scheduled to happen: the application as it runs. Kill a node or crash a service in the app to see more.
story-whole-event = At { $at } { $fault }.
story-whole-more = Then { $count } more events.
outcome-unaffected = Nothing happens to it
outcome-others-kept-serving = Its other replicas keep serving; no request fails
outcome-some-requests-failed = It stays up, but some requests fail
outcome-healed-by-itself = It is down, then the platform brings it back by itself
outcome-back-without-its-data = It comes back by itself on another node, without its data
outcome-down-while-changed = It is down while the change is made
outcome-down-until-someone-acts = It is down until someone acts
outcome-not-back = It does not come back on its own
outcome-node-used-again = Tasks move back onto it
outcome-node-stays-empty = It stays empty
story-target = { $name } on { $platform }

## The glossary: each term as the language writes it, the spellings marked (separated by |), what it means and where it is documented

glossary-not-ready = NotReady
glossary-not-ready-matches = NotReady
glossary-not-ready-explanation = The node controller's verdict on a node whose kubelet has sent no status for the grace period (50 s from Kubernetes 1.32). Its pods leave the Service endpoints; they are not moved yet.
glossary-not-ready-source = Kubernetes docs, Nodes: node status and heartbeats; kube-controller-manager --node-monitor-grace-period
glossary-eviction = eviction
glossary-eviction-matches = eviction|evicted
glossary-eviction-explanation = Deleting the pods of a node that stays unreachable, once their toleration runs out, so that their controllers create replacements elsewhere.
glossary-eviction-source = Kubernetes docs, Taint-based evictions
glossary-toleration = toleration
glossary-toleration-matches = tolerationSeconds|toleration
glossary-toleration-explanation = How long a pod stays bound to a node with a not-ready or unreachable taint: 300 s unless the pod says otherwise, added by the DefaultTolerationSeconds admission plugin.
glossary-toleration-source = Kubernetes docs, Taints and Tolerations; DefaultTolerationSeconds admission plugin
glossary-crash-loop = CrashLoopBackOff
glossary-crash-loop-matches = CrashLoopBackOff
glossary-crash-loop-explanation = A container that keeps exiting is restarted after a growing pause: 10 s, doubling up to 5 minutes, reset after 10 minutes of running.
glossary-crash-loop-source = Kubernetes docs, Pod lifecycle: container restart policy
glossary-readiness = readiness probe
glossary-readiness-matches = readiness probe|readiness
glossary-readiness-explanation = A check the kubelet runs on a container: while it fails, the pod is taken out of its Service's endpoints and gets no requests. It never restarts anything.
glossary-readiness-source = Kubernetes docs, Liveness, Readiness and Startup Probes
glossary-liveness = liveness probe
glossary-liveness-matches = liveness probe|liveness
glossary-liveness-explanation = A check the kubelet runs on a container: after failureThreshold failures in a row (3, every 10 s by default) the container is killed and restarted.
glossary-liveness-source = Kubernetes docs, Liveness, Readiness and Startup Probes
glossary-endpoints = endpoints
glossary-endpoints-matches = endpoints
glossary-endpoints-explanation = The addresses of the ready pods behind a Service (EndpointSlices); kube-proxy sends the Service's requests only to them.
glossary-endpoints-source = Kubernetes docs, EndpointSlices
glossary-statefulset = StatefulSet
glossary-statefulset-matches = StatefulSet
glossary-statefulset-explanation = A controller for pods with a stable name and their own volume (postgres-0). It never runs two pods of the same name, so it does not replace one on an unreachable node until the node confirms it stopped or someone force-deletes it.
glossary-statefulset-source = Kubernetes docs, StatefulSets: pod identity; Force Delete StatefulSet Pods
glossary-rwo = ReadWriteOnce
glossary-rwo-matches = ReadWriteOnce
glossary-rwo-explanation = A volume access mode: the volume is attached to one node at a time. After a node dies it is detached by force only after 6 minutes (maxWaitForUnmountDuration).
glossary-rwo-source = Kubernetes docs, Persistent Volumes: access modes; attach/detach controller
glossary-quorum = quorum
glossary-quorum-matches = quorum
glossary-quorum-explanation = A majority of managers, (N/2)+1 of N. Without it a Swarm (or etcd under Kubernetes) makes no changes: running tasks keep running, nothing is rescheduled.
glossary-quorum-source = Docker docs, Administer and maintain a swarm: maintain the quorum of managers
glossary-restart-policy = restart policy
glossary-restart-policy-matches = restart policy|restart: no|restart: unless-stopped
glossary-restart-policy-explanation = What Docker does when a container's process exits: `no` (the default) nothing, `on-failure`, `always` or `unless-stopped` restart it after a pause from 100 ms, doubling. Docker never restarts a container for being unhealthy.
glossary-restart-policy-source = Docker docs, Start containers automatically (restart policies)
glossary-healthcheck = HEALTHCHECK
glossary-healthcheck-matches = HEALTHCHECK
glossary-healthcheck-explanation = A command Docker runs in a container (every 30 s, 3 failures by default) to mark it healthy or unhealthy. Swarm replaces an unhealthy task; plain Docker only reports it.
glossary-healthcheck-source = Dockerfile reference, HEALTHCHECK; Docker Swarm services
glossary-source-line = { " " }Source: { $source }.

## The operator's commands

command-step-image-tag = set the service's image tag to { $version } in docker-compose.yml, then
command-step-config = change the setting in docker-compose.yml or .env, then
command-step-power-on-host = power the host back on (or replace it); containers without a restart policy then need
command-step-grow-volume = grow the volume to { $gib } GiB with the host's storage tools (Docker cannot), around
healer-restart-policy = heals by itself: Docker restarts the container (restart: { $policy }), with its back-off
healer-swarm-orchestrator = heals by itself: Swarm's orchestrator starts a replacement task
healer-swarm-orchestrator-data-left = heals by itself: Swarm's orchestrator starts replacement tasks on other nodes, { $services } with a new, empty volume: its data stays on the dead node (a placement constraint makes it wait for its node instead)
healer-kubelet = heals by itself: the kubelet restarts the container (CrashLoopBackOff between tries)
healer-liveness = heals by itself: the liveness probe fails and the kubelet restarts the container
healer-swarm-healthcheck = heals by itself: the HEALTHCHECK marks the task unhealthy and Swarm replaces it
healer-eviction = heals by itself: NotReady after the grace period, the pods evicted after tolerationSeconds, the ReplicaSets replace them
healer-autoscaler = heals by itself: the HorizontalPodAutoscaler adds replicas as CPU rises
healer-rejoins = nothing to do: the node turns Ready and takes new pods (running pods are not moved back)
command-missing-one-host = no equivalent: one host; maintenance means downtime
command-missing-no-zones = no zones: one host

## The commands panel

commands-copied = Copied
commands-select = Select and copy
commands-first = First { $step }:
commands-action = Action
commands-aria = The operator's commands
commands-heading = What an operator types
commands-note = For each action on the timeline, the commands on each platform, with the names the exported files use (project, stack and namespace "{ $name }"). Where a platform heals by itself, it says by what.
commands-none = No actions on the timeline yet: inject a fault (Kill, Crash, Deploy…) to see what each platform needs.
commands-drain = Maintenance: drain { $node }
operator-nothing-to-type = Operator: nothing to type ({ $healed ->
        [one] 1 action heals by itself
        *[other] { $healed } actions heal by themselves
    })
operator-commands = Operator: commands for { $typed ->
        [one] 1 action
        *[other] { $typed } actions
    }
operator-commands-and-healed = Operator: commands for { $typed ->
        [one] 1 action
        *[other] { $typed } actions
    }, { $healed ->
        [one] 1 heals by itself
        *[other] { $healed } heal by themselves
    }

## The question card

question-right = Right:
question-not-quite = Not quite:
question-what-happened = What happened:
question-answer = { $outcome }.
question-you-said = You said: { $outcome }
question-aria = Predict, then watch
question-hint = Choose (1–{ $count } or click), then watch. → plays it without a choice.
question-watch = Watch…

## The presenter

present-estimating = Estimating costs and availability…
present-last-time = Last time in this browser: { $right } of { $asked }.
present-the-end = The end
present-score = You predicted { $right } of { $asked ->
        [one] 1 outcome
        *[other] { $asked } outcomes
    } the way the platforms behave.
present-no-answers = No question was answered this time. ← goes back; Esc leaves.
present-kept-here = Kept in this browser only.
present-score-line = Predicted: { $chosen } · the simulation: { $answer }
present-score-none = not answered
present-restart = Start again from step 1 (answers cleared)
present-step-of = Step { $step } of { $steps }
present-esc-again = Esc again leaves the presentation
present-aria = Presentation
present-back-title = Back (←, PageUp)
present-next-title = Next (→, PageDown, Space; a step still playing is first played to its end)
present-hold-title = Hold (K, or the clicker's start button: F5; R plays the step again)
present-play-title = Play (K, F5; a step that has played: again; R from its start)
present-full = Full screen
present-full-title = Full screen (F)
present-notes = Notes
present-notes-title = Speaker notes in a second window (S)
present-leave-title = Leave (Esc)
present-blackout = Screen blacked out (B)

## The speaker's notes

notes-clock = { $now } · { $since } since the notes opened
notes-expected = { $target }: { $outcome }
notes-the-end = — the end: the score
notes-asks = Asks:
notes-will-show = The simulation will show:
notes-on-screen = On screen:
notes-after-play = After it plays:
notes-next = Next:
notes-waiting = Waiting for the presenter window (same browser, same address)…
notes-blackout = The presenter's screen is blacked out (B lights it again).
notes-gone = The presenter window has gone (closed, reloaded or left). Open it again: the notes follow it.
notes-back = ← Back
notes-forward = Next →

## Monte Carlo

mc-node-interval = the node failure interval { $why } h
mc-replica-interval = the replica failure interval { $why } h
mc-hang-interval = the replica hang interval { $why } h
mc-too-many-failures = at these rates a year has about { $failures } failures on { $platform }; Monte Carlo simulates at most { $most } a year: make failures rarer
mc-heading = Monte Carlo: many simulated years
mc-note = Each year draws node deaths, replica crashes and hangs at random from the rates above and runs the engine through it (operator repairs after the reaction time); the year's deploys cost what the simulated deploy costs.
mc-run = Simulate { $years } years per platform
mc-cancel = Cancel
mc-progress-aria = Monte Carlo progress
mc-progress = { $done } of { $years }
mc-not-run = Not run: { $why }
mc-running-capped = { $done } of { $years } years (the most that fit at these failure rates)…
mc-running = { $done } of { $years } years…
mc-cancelled = cancelled after { $done } years
mc-stale = done; the diagram or failure rates changed since: run again
mc-done-capped = { $done } years done (the most that fit at these failure rates)
mc-done = { $done } years done
mc-caption = Yearly downtime users see
mc-median = median
mc-p95 = 95th percentile
mc-years = years

## The timings in force: what each governs and where its default is documented

timing-probe-period = probe period (periodSeconds)
timing-probe-period-source = core/v1 Probe API docs
timing-crashloop-initial = CrashLoopBackOff first delay (then doubling)
timing-crashloop-initial-source = pkg/kubelet backOffPeriod
timing-crashloop-max = CrashLoopBackOff cap
timing-crashloop-max-source = pkg/kubelet MaxContainerBackOff
timing-crashloop-reset = CrashLoopBackOff forgotten when a crash comes this long after the last restart
timing-crashloop-reset-source = client-go flowcontrol backoff.go (2 × the cap)
timing-node-status-update = kubelet node status update
timing-node-status-update-source = kubelet nodeStatusUpdateFrequency
timing-node-monitor-period = node controller check (--node-monitor-period)
timing-node-monitor-period-source = kube-controller-manager flags
timing-node-monitor-grace = node NotReady after silence (--node-monitor-grace-period)
timing-node-monitor-grace-source = kube-controller-manager flags; 40 s up to 1.31, 50 s from 1.32
timing-not-ready-toleration = eviction from a NotReady node (tolerationSeconds)
timing-not-ready-toleration-source = DefaultTolerationSeconds admission plugin
timing-max-wait-for-unmount = forced detach of a RWO volume (maxWaitForUnmountDuration)
timing-max-wait-for-unmount-source = pkg/controller/volume/attachdetach
timing-image-pull = image pull (assumption: image cached)
timing-image-pull-source = not a default: an assumption
timing-probe-timeout = probe timeout (timeoutSeconds)
timing-probe-timeout-source = core/v1 Probe API docs
timing-probe-initial-delay = probe initialDelaySeconds (a liveness probe kills a slow starter unless delayed or behind a startupProbe)
timing-probe-initial-delay-source = core/v1 Probe API docs; pkg/kubelet/prober/worker.go
timing-probe-failure-threshold = probe failureThreshold
timing-probe-failure-threshold-source = core/v1 Probe API docs
timing-termination-grace = terminationGracePeriodSeconds
timing-termination-grace-source = core/v1 PodSpec docs
timing-max-surge-percent = rolling update maxSurge
timing-max-surge-percent-source = apps/v1 RollingUpdateDeployment docs
timing-max-unavailable-percent = rolling update maxUnavailable
timing-max-unavailable-percent-source = apps/v1 RollingUpdateDeployment docs
timing-progress-deadline = progressDeadlineSeconds
timing-progress-deadline-source = apps/v1 DeploymentSpec docs
timing-hpa-sync = HPA sync period
timing-hpa-sync-source = kube-controller-manager flags
timing-hpa-tolerance-percent = HPA tolerance
timing-hpa-tolerance-percent-source = HPA docs
timing-hpa-scale-up-pods = HPA with behavior: scale-up policy, pods per 15 s
timing-hpa-scale-up-pods-source = autoscaling/v2 defaults.go
timing-hpa-scale-up-percent = HPA with behavior: scale-up policy, percent per 15 s (the larger of the two applies; without behavior: max(2 × current, 4))
timing-hpa-scale-up-percent-source = autoscaling/v2 defaults.go; podautoscaler horizontal.go
timing-hpa-scale-down-window = HPA downscale stabilization window
timing-hpa-scale-down-window-source = kube-controller-manager flags; podautoscaler horizontal.go
timing-hpa-cpu-initialization-period = HPA CPU initialization period
timing-hpa-cpu-initialization-period-source = kube-controller-manager flags; podautoscaler replica_calculator.go
timing-metrics-resolution = metrics-server scrape (--metric-resolution; the HPA reads the latest)
timing-metrics-resolution-source = metrics-server released manifest (binary default 60 s); kubernetes PR 117121
timing-endpoint-propagation = deleted pod's endpoint still receives requests (approximation)
timing-endpoint-propagation-source = kube-proxy --iptables-min-sync-period default 1 s; Pod Lifecycle docs
timing-healthcheck-interval = HEALTHCHECK interval
timing-healthcheck-interval-source = Dockerfile reference
timing-healthcheck-timeout = HEALTHCHECK timeout
timing-healthcheck-timeout-source = Dockerfile reference
timing-healthcheck-retries = HEALTHCHECK retries
timing-healthcheck-retries-source = Dockerfile reference
timing-healthcheck-start-period = HEALTHCHECK start period (failures in it do not count)
timing-healthcheck-start-period-source = Dockerfile reference; moby daemon/health.go
timing-healthcheck-start-interval = HEALTHCHECK start interval (checks during the start period)
timing-healthcheck-start-interval-source = Dockerfile reference; moby daemon/health.go
timing-docker-stop-grace = docker stop grace before SIGKILL
timing-docker-stop-grace-source = docker stop reference
timing-manual-volume-resize = manual volume resize on one host (assumption)
timing-manual-volume-resize-source = not a default: an assumption
timing-docker-restart-initial = restart policy first delay (then doubling)
timing-docker-restart-initial-source = moby restartmanager
timing-docker-restart-max = restart policy delay cap
timing-docker-restart-max-source = moby restartmanager
timing-docker-restart-reset-after = restart delay resets after running
timing-docker-restart-reset-after-source = moby restartmanager
timing-swarm-heartbeat = dispatcher heartbeat
timing-swarm-heartbeat-source = docker swarm init reference
timing-swarm-restart-delay = task restart delay
timing-swarm-restart-delay-source = docker service create reference
timing-swarm-update-monitor = update monitor: a new task failing within it pauses the update
timing-swarm-update-monitor-source = docker service create reference; swarmkit update/updater.go
timing-swarm-heartbeat-grace = missed heartbeats before a node is down
timing-swarm-heartbeat-grace-source = swarmkit dispatcher GracePeriodMultiplier
timing-gossip-probe-interval = gossip probe interval (routing mesh drops a dead node's tasks)
timing-gossip-probe-interval-source = moby networkdb: memberlist DefaultLANConfig
timing-gossip-suspicion-mult = gossip suspicion: dead after this many probe intervals × max(1, log10 nodes)
timing-gossip-suspicion-mult-source = memberlist DefaultLANConfig SuspicionMult
timing-operator-reaction = operator notices and acts
timing-operator-reaction-source = product setting (presets: 15 min, 4 h, 48 h), not a platform default
timings-heading = Timings in force and where they come from
timings-system = system
timings-mechanism = mechanism
timings-value = value
timings-source = source
timings-version = { $value } (v{ $version })
system-people = People

## Small things around the page

toast-removed = { $what } removed
toast-undo = Undo
embed-open = Open in Hafen ↗
app-estimating = Estimating costs and availability: two simulated failures per service on each platform…
app-skip = Skip to the timeline (Play)
app-footer = Every timing is the documented default of Kubernetes, Docker and Docker Swarm (see Timings, with sources); start-up times, capacities and requests are properties of the example application; the operator's reaction is a setting. Nothing leaves your browser.
panic-banner = Hafen hit an internal error and stopped responding. Reload the page to start again. Please report what you did and the details below. Details:

## The files panel

files-stack = Swarm stack file
files-kubernetes = Kubernetes manifests
files-copied = Copied.
files-clipboard-refused = The browser refused the clipboard: select the text and copy it.
files-not-saved = Not saved: { $why }.
files-aria = Files for Compose, Swarm and Kubernetes
files-heading = Take it to the real platforms
files-note = This application as files the real tools accept (checked with docker-compose and kubernetes-validate in Hafen's tests). Each service runs its image (set in the inspector; one not given is a placeholder) and health checks run `true`: Hafen knows timings, not your checks. Importing the compose file gives this application back.
files-group = File
files-writing = Writing the file…

## Pasting

file-pasted = pasted text

## Remarks in the shell lines

remark-roll-back = roll back: set the previous tag again, then: { $command }
remark-volume-expansion = the StorageClass must allow volume expansion
remark-spread-again = spread the tasks over { $node } again
remark-afterwards = afterwards
remark-stateful-waits = Deployments heal by themselves (evicted after tolerationSeconds, replaced); a StatefulSet's pod on the dead node waits for you:

## Price tables: their names and where their figures come from

price-design-docs = Design documents' figures (EUR)
price-hetzner = Hetzner Cloud, self-managed k3s (EUR)
price-aws-eks = AWS with EKS (USD)
price-gke = Google GKE, regional (USD)
price-aks = Azure AKS, Free tier (USD)
price-digitalocean = DigitalOcean DOKS, HA control plane (USD)
price-design-docs-source = prices.md, design documents (Norwegian Kubernetes assessment): 1 VPS 20 EUR; 3 VPS (control plane + 2 workers) 60–100 EUR, so 20–33.33 EUR a VPS; load balancer 10–20 EUR; storage (PV) 10–20 EUR
price-hetzner-source = prices.md: Hetzner Cloud cx23 0.006 EUR/h, cx33 ~8, cx43 ~15 EUR/month, LB11 ~6 EUR/month (prices rose 1 Apr 2026)
price-aws-eks-source = prices.md: EKS 0.10 USD per cluster-hour (~73 USD/month); EC2 t3.medium ~30 USD/month on demand
price-gke-source = prices.md: GKE 0.10 USD per cluster-hour (~74.40 USD/month; a zonal cluster is covered by the monthly credit, a regional one is not); e2-medium ~25–27 USD/month
price-aks-source = prices.md: AKS Free tier has no fee and no uptime SLA (the Standard tier's rate is not in the table); B2s ~30–34 USD/month
price-digitalocean-source = prices.md: DOKS control plane free, high-availability control plane 40 USD/month; node prices are not in the table (enter them)

## The page

page-title = Hafen — Compose or Kubernetes?
# The page before the app starts: Fluent terms (-name), which the app does not read; the build
# writes them into index.html (scripts/languages.mjs).
-page-loading = Loading Hafen…
-page-noscript = Hafen runs entirely in your browser and needs JavaScript and WebAssembly.

## The embed telling a story

embed-story = { $story } · { $step }: { $title }
