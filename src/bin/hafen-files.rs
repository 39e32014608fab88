//! Hafen's file worker: reads scenario files and docker-compose.yml, writes the files other tools
//! read (`hafen::offload`). Started by the page the first time it opens or writes a file.

fn main() {
    hafen::offload::serve();
}
