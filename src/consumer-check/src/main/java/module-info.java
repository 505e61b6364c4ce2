/** The partner's application as a named module: the client must resolve as `dev.webexwholesale.client`. */
module example.partner {
  requires dev.webexwholesale.client;
  exports example;
}
