//! The file worker (`hafen_core::offload`) from both sides: the page's client, [`ask`], and the
//! worker's loop, [`serve`] (the `hafen-files` binary). Messages are arrays of strings and
//! `Uint8Array`s, a request id first.
//!
//! The worker is a second WebAssembly module (Trunk's `data-type="worker"`, wasm-bindgen's
//! no-modules target) started the first time it is needed: YAML reading and file writing are not
//! part of the page's own module, which the first paint waits for.

use hafen_core::offload::{greeting, Done, Job, Part};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Uint8Array};

/// The worker's loader, next to index.html (Trunk writes it with the worker's module).
const WORKER_URL: &str = "./hafen-files_loader.js";

/// What the page shows when the worker cannot start or answer (its files missing, a blocked
/// worker, a crash).
/// Why a job could not be done: the worker would not start or answered nonsense.
fn no_worker() -> Done {
    Done::Refused(hafen_core::message!("worker-missing"))
}

fn to_js(id: u32, parts: &[Part]) -> Array {
    let out = Array::new();
    out.push(&JsValue::from(id));
    for p in parts {
        out.push(&match p {
            Part::Str(s) => JsValue::from_str(s),
            Part::Bytes(b) => Uint8Array::from(b.as_slice()).into(),
        });
    }
    out
}

/// `None` for anything [`to_js`] does not write.
fn from_js(data: &JsValue) -> Option<(u32, Vec<Part>)> {
    let items = data.dyn_ref::<Array>()?;
    let id = items.get(0).as_f64().filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))? as u32;
    let mut parts = Vec::new();
    for v in items.iter().skip(1) {
        parts.push(if let Some(s) = v.as_string() {
            Part::Str(s)
        } else {
            Part::Bytes(v.dyn_into::<Uint8Array>().ok()?.to_vec())
        });
    }
    Some((id, parts))
}

/// A job's callback.
type Reply = Box<dyn FnOnce(Done)>;

/// The page's side: the worker once started, what waits for it.
#[derive(Default)]
struct Client {
    worker: Option<web_sys::Worker>,
    /// The worker said it speaks the page's protocol and catalog ([`greeting`]).
    ready: bool,
    /// Jobs posted before the worker was ready (a worker drops messages that arrive before its
    /// module has set its listener).
    queue: Vec<Array>,
    pending: HashMap<u32, Reply>,
    next: u32,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

/// Hands `job` to the worker (started on first use); `reply` gets its result, or
/// [`Done::Refused`] if the worker cannot do it.
pub fn ask(job: &Job, reply: impl FnOnce(Done) + 'static) {
    let started = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.worker.is_some() || start(&mut c)
    });
    if !started {
        reply(no_worker());
        return;
    }
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let id = c.next;
        c.next = c.next.wrapping_add(1);
        c.pending.insert(id, Box::new(reply));
        let message = to_js(id, &job.to_parts());
        if c.ready {
            if let Some(w) = &c.worker {
                let _ = w.post_message(&message);
            }
        } else {
            c.queue.push(message);
        }
    });
}

/// Starts the worker; false if the browser refuses.
fn start(c: &mut Client) -> bool {
    let Ok(worker) = web_sys::Worker::new(WORKER_URL) else { return false };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| answered(&e.data()));
    // A missing loader, a module that fails to load, a panic in the worker: every job waiting is
    // refused, and the next one starts a new worker.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| fail_all());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // They live as long as the page.
    on_message.forget();
    on_error.forget();
    c.worker = Some(worker);
    true
}

/// A message from the worker: "ready", or a job's result.
fn answered(data: &JsValue) {
    let Some((id, parts)) = from_js(data) else { return };
    if let [Part::Str(s), Part::Str(p)] = parts.as_slice() {
        if s == "ready" {
            if *p != greeting() {
                // A worker of another build (cached): nothing it answers can be trusted.
                fail_all();
                return;
            }
            CLIENT.with(|c| {
                let mut c = c.borrow_mut();
                c.ready = true;
                let queued = std::mem::take(&mut c.queue);
                if let Some(w) = &c.worker {
                    for m in queued {
                        let _ = w.post_message(&m);
                    }
                }
            });
            return;
        }
    }
    let reply = CLIENT.with(|c| c.borrow_mut().pending.remove(&id));
    if let Some(reply) = reply {
        reply(Done::from_parts(&parts).unwrap_or_else(no_worker));
    }
}

/// Refuses every job waiting and drops the worker.
fn fail_all() {
    let pending = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        c.ready = false;
        c.queue.clear();
        std::mem::take(&mut c.pending)
    });
    for (_, reply) in pending {
        reply(no_worker());
    }
}

/// The worker's loop: answers each job, after saying which protocol it speaks.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = web_sys::js_sys::global().unchecked_into();
    let me = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some((id, parts)) = from_js(&e.data()) else { return };
        let done = Job::from_parts(&parts).map_or_else(no_worker, hafen_core::offload::run);
        let _ = me.post_message(&to_js(id, &done.to_parts()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&to_js(0, &[Part::Str("ready".into()), Part::Str(greeting())]));
}
