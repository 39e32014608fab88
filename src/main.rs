fn main() {
    hafen::start();
}
