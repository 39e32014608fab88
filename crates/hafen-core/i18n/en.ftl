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
cause-unschedulable = Pending: no ready node has { $cpu } m CPU and { $memory } MiB memory free
cause-unschedulable-pinned = (pinned to { $node })
cause-unschedulable-gpu = and a GPU
cause-unschedulable-volume = ; it must run on { $node } where its local volume lives (Swarm volumes are node-local)
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
cause-hpa-rebalanced-unready = ceil({ $ratio } × { $pods } pods, { $unready } not Ready at 0 %) = { $n }

cause-release-new = release { $version } of { $service }: `{ $command }`
cause-release-rollback = rollback to { $version } of { $service }: `{ $command }`
cause-release-config = configuration change of { $service }: `{ $command }`
cause-strategy-compose = stops the old container(s), then starts new ones: no replica answers in between
cause-strategy-swarm = rolling update, one task at a time, stop-first, pause on failure
cause-strategy-rolling = rolling update: maxSurge { $surge } ({ $surge_percent } %), maxUnavailable { $unavailable } ({ $unavailable_percent } %), new pods take traffic only once Ready
cause-strategy-statefulset = StatefulSet rolling update, one pod at a time from the highest ordinal

cause-trace-cut = trace cut after { $max } entries; downtime and request counts still cover the whole run
cause-run-stopped = run stopped at { $at } after { $events } engine events: shorten the scenario or the failure loop
cause-service-down = { $service } down: no replica can answer
cause-service-up = { $service } serving again ({ $answering } replica(s) answering)
cause-scheduled = { $created }; { $rep } on { $node }
cause-scheduled-spread = { $created }; { $rep } on { $node } (spread, most free resources)
cause-scheduled-now-fits = { $rep }: scheduled on { $node } now that it fits
cause-pending = { $rep } { $unschedulable }
cause-pending-created = { $created }; { $rep } { $unschedulable }
cause-zone-down = { $zone } fails: { $nodes } node(s)
cause-zone-up = { $zone } is back: { $nodes } node(s)
cause-crash = { $rep }: the process exits (crash)
cause-traffic = traffic into { $entry } changes from { $from } to { $to } requests/s
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
cause-update-paused = { $service }: the updated task failed; the update is paused (--update-failure-action pause)
cause-task-failed = { $failure }; Swarm starts a new task for the slot after { $delay } (--restart-delay, restart condition any)
cause-task-failed-no-quorum = { $failure }; no manager quorum, so nothing replaces it
cause-host-down = { $node } stops: all { $containers } container(s) are down until the host is back; restart policies cannot act while it is off; an operator acts after { $reaction }
cause-swarm-node-down = { $node } stops: its { $tasks } task(s) stop answering, but the routing mesh still sends them requests until the gossip layer declares the node dead (seconds), and the managers reschedule only after { $grace } missed heartbeats
cause-kube-node-down = { $node } stops: its { $pods } pod(s) stop answering, but the control plane still routes to them until it notices the silence
cause-swarm-node-noticed = { $node } down: no heartbeat for { $silent } ({ $missed } missed heartbeats of { $heartbeat }); its tasks leave the routing mesh
cause-node-not-ready = { $node } NotReady: no status for { $silent } (node-monitor-grace-period { $grace }, Kubernetes { $version }); its pods leave the Service endpoints; taint node.kubernetes.io/unreachable added, eviction after { $toleration } (tolerationSeconds)
cause-host-back = { $node } is back; the Docker daemon restarts every container (restart policies)
cause-host-back-some-unrestarted = { $node } is back; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-host-back-by-operator = operator brings { $node } back after { $reaction }; the Docker daemon restarts every container (restart policies)
cause-host-back-by-operator-some-unrestarted = operator brings { $node } back after { $reaction }; the daemon restarts containers with a restart policy and the operator runs `docker compose up -d` for the rest
cause-kubelet-back = { $node } is back: the kubelet starts and posts its status
cause-swarm-node-back = { $node } is back; it sends heartbeats again
cause-swarm-node-back-by-operator = operator brings { $node } back after { $reaction }: it holds a stateful service's local volume; it sends heartbeats again
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
cause-operator-force-deletes = operator force-deletes { $rep } after { $reaction } (kubectl delete pod --force --grace-period=0; operator reaction)
cause-operator-rolls-back-compose = operator notices the broken release after { $reaction } and pins the previous image and runs `docker compose up -d` (back to { $previous })
cause-operator-rolls-back-swarm = operator notices the broken release after { $reaction } and runs `docker service rollback { $service }` (back to { $previous })
cause-operator-rolls-back-kubernetes = operator notices the broken release after { $reaction } and runs `kubectl rollout undo { $service }` (back to { $previous })
cause-operator-restarts = operator notices after { $reaction } and runs { $command }
cause-operator-restarts-hung = operator notices after { $reaction } and runs { $command }; the hung process ignores SIGTERM and is killed after { $grace }
cause-compose-config-change = configuration change: edit .env, `docker compose restart`: every service restarts at once
cause-volume-expanded = { $service }: PersistentVolumeClaim expanded to { $gib } GiB online (storage class with allowVolumeExpansion); no restart
cause-volume-resized-by-hand = { $service }: volume resized to { $gib } GiB by hand: back up, stop, resize, restart, restore (assumed { $took }; not a platform default)
cause-volume-restored = { $service }: volume resized and data restored; starting again
cause-compose-scale-refused = `docker compose up --scale { $service }={ $replicas }` fails: replicas cannot share one published host port; a reverse proxy is needed first
cause-scale = `{ $command }`
cause-scale-autoscaled = `{ $command }`; the autoscaler may change it again at its next sync
cause-autoscale = HorizontalPodAutoscaler scales { $service } from { $from } to { $to }: CPU { $cpu } % of requests over { $ready } Ready pod(s) at metrics-server's last scrape (every { $scrape }) vs target { $target } %
cause-autoscale-up = { $autoscale }: { $calc }
cause-autoscale-up-limited = { $autoscale }: { $calc }; held to { $to } by the scale-up limit max(+{ $pods }, +{ $pct } %) per { $per }
cause-autoscale-down = { $autoscale }; the highest recommendation of the { $window } stabilization window
