package kr.catalog.api.notify;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.fulfilment.outbound.Outbound;
import kr.catalog.api.fulfilment.picking.PickingSteps;
import kr.catalog.api.order.OrderEvent;
import kr.catalog.api.order.OrderService;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;
import kr.catalog.api.support.NotificationProfile;
import kr.catalog.api.support.SmtpTestResource;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The notification outbox on the real PostgreSQL with a real SMTP server (GreenMail, started by
 * {@link SmtpTestResource}): each event of an order is mailed once to each customer user with an
 * address and listed for every customer user; an SMTP outage never holds an order up, and after it
 * every pending mail goes out once, with several senders claiming at the same time; an order move
 * that rolls back leaves no notification. Each test has a company and users of its own, so mail of
 * other tests (and of other test classes' orders) is never counted.
 */
@QuarkusTest
@TestProfile(NotificationProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationOutboxIT {

  /** The events customers are told about; the other steps are announced to nobody. */
  private static final Set<OrderStatus> ANNOUNCED =
      Set.of(
          OrderStatus.CONFIRMED,
          OrderStatus.IN_TRANSIT,
          OrderStatus.READY_FOR_PICKUP,
          OrderStatus.DELIVERED);

  @Inject CatalogView catalog;
  @Inject OrderService orders;
  @Inject NotificationSender sender;
  @Inject MailSender mail;

  private String code;

  /** A sold product of the sample catalog that the order tests do not use (stock set per order). */
  @BeforeEach
  void aProduct() {
    if (code == null) {
      code =
          catalog.allProducts().stream()
              .filter(p -> !p.discontinued() && p.listPrice() > 0)
              .map(Product::code)
              .max(Comparator.naturalOrder())
              .orElseThrow();
    }
  }

  /** A company of the test's own and its customer users, each with the address given or none. */
  private record Company(long id, List<User> users) {}

  private record User(long id, String username, String email, String token) {
    RequestSpecification api() {
      return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }
  }

  private static Company company(String... emails) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long companyId =
        ((Number)
                as(ADMIN)
                    .body(Map.of("name", "알림상사 " + suffix, "grade", "SILVER"))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    List<User> users = new ArrayList<>();
    for (int i = 0; i < emails.length; i++) {
      String username = "notify-" + suffix + "-" + i;
      Map<String, Object> body = new HashMap<>();
      body.put("username", username);
      body.put("password", "notify-password-1");
      body.put("displayName", "알림 담당 " + i);
      body.put("role", "CUSTOMER");
      body.put("companyId", companyId);
      String email = emails[i] == null ? null : emails[i].replace("SUFFIX", suffix);
      body.put("email", email);
      long id =
          ((Number)
                  as(ADMIN)
                      .body(body)
                      .post("/api/customers/users")
                      .then()
                      .statusCode(201)
                      .body("email", equalTo(email))
                      .extract()
                      .path("id"))
              .longValue();
      String token =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("username", username, "password", "notify-password-1"))
              .post("/api/auth/login")
              .then()
              .statusCode(200)
              .extract()
              .path("token");
      users.add(new User(id, username, email, token));
    }
    return new Company(companyId, users);
  }

  private long place(Company company, String fulfilment) {
    JsonPath stock = as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().jsonPath();
    if (stock.getLong("onHand") - stock.getLong("reserved") < 5) {
      as(WAREHOUSE)
          .body(Map.of("onHand", stock.getLong("reserved") + 50))
          .put("/api/stock/{code}", code)
          .then()
          .statusCode(200);
    }
    return as(COUNSELLOR)
        .body(
            Map.of(
                "channel",
                "PHONE",
                "fulfilment",
                fulfilment,
                "customerId",
                company.id(),
                "lines",
                List.of(Map.of("code", code, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * Moves the order one step (the warehouse takes every step used here) and says how long it took.
   */
  private static Duration move(long id, String to, String... details) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    for (int i = 0; i < details.length; i += 2) {
      body.put(details[i], details[i + 1]);
    }
    // Picking and inspection record their information before the order may leave them.
    if ("SHIPPING_INSPECTION".equals(to)) {
      PickingSteps.pickAll(id);
    } else if ("PACKING".equals(to)) {
      PickingSteps.scanAll(id);
    }
    long start = System.nanoTime();
    as(WAREHOUSE)
        .body(body)
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo(to));
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static List<Duration> deliverToInTransit(long id) {
    List<Duration> moves = new ArrayList<>();
    moves.add(move(id, "CONFIRMED"));
    moves.addAll(confirmedToInTransit(id));
    return moves;
  }

  private static List<Duration> confirmedToInTransit(long id) {
    List<Duration> moves = new ArrayList<>();
    moves.add(move(id, "PICKING", "location", "A-01-02"));
    moves.add(move(id, "SHIPPING_INSPECTION"));
    moves.add(move(id, "PACKING"));
    // Packing and loading are not timed: they are not lifecycle moves.
    Outbound.packEverything(id);
    moves.add(move(id, "DELIVERY_CLASSIFIED", "region", "서울", "partner", "한진"));
    Outbound.loadEverything(id);
    moves.add(move(id, "LOADED"));
    moves.add(move(id, "IN_TRANSIT"));
    return moves;
  }

  private static List<Duration> pickupToReady(long id) {
    List<Duration> moves = new ArrayList<>();
    moves.add(move(id, "CONFIRMED"));
    moves.add(move(id, "PICKING", "location", "B-03-01"));
    moves.add(move(id, "SHIPPING_INSPECTION"));
    moves.add(move(id, "PACKING"));
    Outbound.packEverything(id);
    moves.add(move(id, "READY_FOR_PICKUP"));
    return moves;
  }

  /**
   * The Message-IDs that must arrive: one per announced event of the orders (read from the orders'
   * own audit trail, not from the outbox) and per user with an address.
   */
  private Set<String> expectedMessageIds(Company company, long... orderIds) {
    Set<String> ids = new HashSet<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (long orderId : orderIds) {
                for (OrderEvent e : OrderEvent.<OrderEvent>list("orderId", orderId)) {
                  if (!ANNOUNCED.contains(e.toStatus)) {
                    continue;
                  }
                  for (User u : company.users()) {
                    if (u.email() != null) {
                      ids.add(mail.messageId("order-" + orderId + "-e" + e.id, u.id()));
                    }
                  }
                }
              }
            });
    return ids;
  }

  /** Message-ID to how many times it arrived, of the mails to these users. */
  private static Map<String, Long> arrived(Company company) {
    Set<String> addresses =
        company.users().stream()
            .map(User::email)
            .filter(e -> e != null)
            .collect(Collectors.toSet());
    return SmtpTestResource.received().stream()
        .filter(m -> addresses.contains(recipient(m)))
        .collect(Collectors.groupingBy(NotificationOutboxIT::messageId, Collectors.counting()));
  }

  /** Waits until the expected mails are in, then a while longer, so that a second copy would be. */
  private static Map<String, Long> awaitMail(Company company, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (arrived(company).values().stream().mapToLong(Long::longValue).sum() < expected
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    // Ten poll intervals and more than one full backoff: enough for any duplicate to show.
    Thread.sleep(2_000);
    return arrived(company);
  }

  private static String recipient(MimeMessage m) {
    try {
      return ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Notification> rows(Company company) {
    List<Long> users = company.users().stream().map(User::id).toList();
    return QuarkusTransaction.requiringNew()
        .call(() -> Notification.<Notification>list("userId in ?1 order by id", users));
  }

  @Test
  void eachAnnouncedEventIsMailedOnceToEveryAddressAndListedForEveryCustomerUser()
      throws Exception {
    Company company = company("buyer-SUFFIX@catalog.test", "boss-SUFFIX@catalog.test", null);
    long delivery = place(company, "DELIVERY");
    long pickup = place(company, "PICKUP");
    deliverToInTransit(delivery);
    move(delivery, "DELIVERED");
    pickupToReady(pickup);

    // Delivery: confirmed, shipped, delivered; pickup: confirmed, ready. Two users have addresses.
    Set<String> expected = expectedMessageIds(company, delivery, pickup);
    assertThat(expected).hasSize(10);
    Map<String, Long> arrived = awaitMail(company, 10);
    assertThat(arrived.keySet()).isEqualTo(expected);
    assertThat(arrived.values()).allMatch(n -> n == 1L);

    MimeMessage shipped =
        SmtpTestResource.received().stream()
            .filter(m -> recipient(m).equals(company.users().get(0).email()))
            .filter(m -> subject(m).contains("주문 " + delivery + ": 출고되어"))
            .findFirst()
            .orElseThrow();
    assertThat(subject(shipped)).isEqualTo("[산업용품 카탈로그] 주문 " + delivery + ": 출고되어 배송 중입니다");
    assertThat(shipped.getFrom()[0].toString()).contains("no-reply@catalog.test");
    assertThat(shipped.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(text(shipped))
        .contains("Order " + delivery + " has shipped and is on its way")
        .contains("https://catalog.test/orders.html?id=" + delivery);

    // Every customer user has the five notifications, mail or not; every mail was sent once.
    List<Notification> rows = rows(company);
    assertThat(rows).hasSize(15);
    assertThat(rows)
        .filteredOn(n -> n.mailTo != null)
        .allSatisfy(
            n -> {
              assertThat(n.mailStatus).isEqualTo(MailStatus.SENT);
              assertThat(n.mailAttempts).isEqualTo(1);
            });
    assertThat(rows)
        .filteredOn(n -> n.mailTo == null)
        .hasSize(5)
        .allSatisfy(n -> assertThat(n.mailStatus).isEqualTo(MailStatus.NONE));

    User noMail = company.users().get(2);
    JsonPath inbox =
        noMail.api().get("/api/notifications").then().statusCode(200).extract().jsonPath();
    assertThat(inbox.getLong("unread")).isEqualTo(5);
    assertThat(inbox.getList("items.kind", String.class))
        .containsExactly(
            "ORDER_READY_FOR_PICKUP",
            "ORDER_CONFIRMED",
            "ORDER_DELIVERED",
            "ORDER_SHIPPED",
            "ORDER_CONFIRMED");
    assertThat(inbox.getList("items.orderId", Long.class))
        .containsExactly(pickup, pickup, delivery, delivery, delivery);
    List<Long> ids = inbox.getList("items.id", Long.class);

    // Another user's notification ids change nothing of theirs.
    User buyer = company.users().get(0);
    buyer
        .api()
        .body(Map.of("ids", ids))
        .post("/api/notifications/read")
        .then()
        .statusCode(200)
        .body("unread", equalTo(5));
    noMail.api().get("/api/notifications").then().body("unread", equalTo(5));

    noMail
        .api()
        .body(Map.of("ids", ids.subList(0, 2)))
        .post("/api/notifications/read")
        .then()
        .statusCode(200)
        .body("unread", equalTo(3));
    noMail
        .api()
        .get("/api/notifications")
        .then()
        .body("items.read", equalTo(List.of(true, true, false, false, false)));
    noMail
        .api()
        .body(Map.of("all", true))
        .post("/api/notifications/read")
        .then()
        .statusCode(200)
        .body("unread", equalTo(0));
    noMail
        .api()
        .body(Map.of())
        .post("/api/notifications/read")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/notifications").then().statusCode(401);
    // Staff receive none: the list answers, empty.
    as(WAREHOUSE).get("/api/notifications").then().statusCode(200);
  }

  @Test
  void ordersKeepMovingWhileTheMailServerIsDownAndEveryMailGoesOutOnceWhenItIsBack()
      throws Exception {
    Company company = company("ops-SUFFIX@catalog.test", "buyer-SUFFIX@catalog.test");
    long first = place(company, "DELIVERY");
    move(first, "CONFIRMED");
    assertThat(awaitMail(company, 2)).hasSize(2);

    SmtpTestResource.outage();
    List<Duration> moves = new ArrayList<>();
    List<Long> placed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      placed.add(place(company, "DELIVERY"));
      placed.add(place(company, "PICKUP"));
    }
    for (int i = 0; i < placed.size(); i += 2) {
      moves.addAll(deliverToInTransit(placed.get(i)));
      moves.addAll(pickupToReady(placed.get(i + 1)));
    }
    moves.addAll(confirmedToInTransit(first));
    // The moves wrote their mail to the outbox and returned: none waited for the mail server.
    assertThat(moves).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(2)));

    // The sender tried, failed and scheduled retries; nothing was given up or marked sent.
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline
        && rows(company).stream()
            .anyMatch(n -> n.mailStatus == MailStatus.PENDING && n.mailAttempts < 2)) {
      Thread.sleep(100);
    }
    List<Notification> waiting =
        rows(company).stream().filter(n -> n.mailStatus != MailStatus.SENT).toList();
    // 3 deliveries x 2 events + 3 pickups x 2 events + the first order shipped = 13, two users.
    assertThat(waiting).hasSize(26);
    assertThat(waiting)
        .allSatisfy(
            n -> {
              assertThat(n.mailStatus).isEqualTo(MailStatus.PENDING);
              assertThat(n.mailAttempts).isGreaterThanOrEqualTo(2);
              assertThat(n.lastError).isNotBlank();
            });

    // Back up: this instance's sender and three more claimers (as if three more instances) race.
    SmtpTestResource.restart();
    ExecutorService others = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Integer>> claimers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        claimers.add(
            () -> {
              int sent = 0;
              for (int round = 0; round < 50; round++) {
                sent += sender.deliverDue();
                Thread.sleep(20);
              }
              return sent;
            });
      }
      for (Future<Integer> f : others.invokeAll(claimers)) {
        f.get();
      }
    } finally {
      others.shutdown();
    }

    List<Long> all = new ArrayList<>(placed);
    all.add(first);
    Set<String> expected = expectedMessageIds(company, all.stream().mapToLong(l -> l).toArray());
    assertThat(expected).hasSize(28);
    Map<String, Long> arrived = awaitMail(company, 28);
    assertThat(arrived.keySet()).isEqualTo(expected);
    assertThat(arrived.values()).allMatch(n -> n == 1L);
    assertThat(rows(company)).allSatisfy(n -> assertThat(n.mailStatus).isEqualTo(MailStatus.SENT));
  }

  @Test
  void aMoveThatRollsBackLeavesNoNotification() throws Exception {
    Company company = company("rollback-SUFFIX@catalog.test");
    long id = place(company, "PICKUP");
    UserAccount warehouse =
        QuarkusTransaction.requiringNew().call(() -> UserAccount.byUsername("warehouse").get());
    Actor actor = new Actor(warehouse.id, warehouse.username, Role.WAREHOUSE, null);

    Function<Long, Long> rowsOf = orderId -> Notification.count("orderId", orderId);
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          orders.transition(
                              actor,
                              id,
                              new TransitionRequest(
                                  OrderStatus.CONFIRMED, null, null, null, null, null, null, null));
                          // Written in the move's own transaction, before its commit...
                          assertThat(rowsOf.apply(id)).isEqualTo(1);
                          throw new IllegalStateException("the move fails after the outbox write");
                        }))
        .hasMessageContaining("the move fails");
    // ...and gone with it.
    assertThat(QuarkusTransaction.requiringNew().call(() -> rowsOf.apply(id))).isZero();
    as(WAREHOUSE).get("/api/orders/{id}", id).then().body("status", equalTo("RECEIVED"));
    Thread.sleep(1_000);
    assertThat(arrived(company)).isEmpty();

    // The same move committed: one row, one mail.
    move(id, "CONFIRMED");
    assertThat(QuarkusTransaction.requiringNew().call(() -> rowsOf.apply(id))).isEqualTo(1);
    assertThat(awaitMail(company, 1).keySet()).isEqualTo(expectedMessageIds(company, id));
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) throws MessagingException, IOException {
    return (String) m.getContent();
  }
}
