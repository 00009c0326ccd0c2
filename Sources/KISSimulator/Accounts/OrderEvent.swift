/// Something that happened to an order, kept in the account book until it goes out as a notice.
///
/// The state publishes it as an execution notice (SPEC §7.5). Each case carries the order as it
/// stood right after the event.
enum OrderEvent: Sendable {
    /// An order-cash order, or an amend/cancel order, was accepted (CNTG_YN 1, ACPT_YN 1).
    case accepted(OrderRecord)
    /// A fill was booked (CNTG_YN 2, ACPT_YN 2).
    case filled(OrderRecord, Fill)
    /// The unfilled rest of an IOC/FOK order was cancelled by the exchange at `second` (ACPT_YN 3).
    case expired(OrderRecord, quantity: Int, second: Int)
}
