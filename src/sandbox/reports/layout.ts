/**
 * The report files' columns and conventions, as ams-addendum Part A documents them (legacy layout, the one fully
 * documented; current-layout merchants may still receive it). Header lists follow the documented headers, in file order.
 */

/** The columns that name a movement, which both details headers list in this order (A.4, A.9). */
const MOVEMENT_IDENTITY_COLUMNS = [
  'customerId',
  'acquirer',
  'acquirerReferenceNo',
  'referenceMerchantId',
  'referenceStoreId',
  'transactionId',
  'originalTransactionId',
  'transactionRequestId',
] as const;

/** A.4: the header line of the official transaction details sample (21 columns). */
export const TRANSACTION_DETAILS_COLUMNS = [
  ...MOVEMENT_IDENTITY_COLUMNS,
  'referenceTransactionId',
  'orderDescription',
  'paymentMethodType',
  'pspName',
  'transactionType',
  'paymentTime',
  'productCode',
  'transactionAmountValue',
  'transactionCurrency',
  'originalTransactionRequestId',
  'issuingCountry',
  'cardBrand',
  'funding',
] as const;

/** A.9: the settlement details example's header (membership from the legacy field summary; order illustrative). */
export const SETTLEMENT_DETAILS_COLUMNS = [
  'settlementBatchId',
  ...MOVEMENT_IDENTITY_COLUMNS,
  'originalTransactionRequestId',
  'referenceTransactionId',
  'paymentMethodType',
  'pspName',
  'transactionType',
  'paymentTime',
  'settlementTime',
  'productCode',
  'transactionAmountValue',
  'transactionCurrency',
  'settlementAmountValue',
  'settlementCurrency',
  'quoteCurrencyPair',
  'quotePrice',
  'feeAmountValue',
  'feeCurrency',
  'taxFeeAmountValue',
  'taxFeeCurrency',
  'processingFeeAmountValue',
  'processingFeeCurrency',
] as const;

/** A.8 / A.9: the settlement summary sample 1 header (26 columns). */
export const SETTLEMENT_SUMMARY_COLUMNS = [
  'settlementBatchId',
  'customerId',
  'acquirer',
  'summaryType',
  'settlementTime',
  'count',
  'settlementAmountValue',
  'settlementCurrency',
  'feeAmountValue',
  'feeCurrency',
  'processingFeeAmountValue',
  'processingFeeCurrency',
  'nonGuaranteeCouponValue',
  'nonGuaranteeCouponCurrency',
  'disputeHandlingFee',
  'disputeHandlingFeeCurrency',
  'disputeReverseFee',
  'disputeReverseFeeCurrency',
  'interchangeFeeAmountValue',
  'interchangeFeeCurrency',
  'schemeFeeAmountValue',
  'schemeFeeCurrency',
  'acquirerMarkupAmountValue',
  'acquirerMarkupCurrency',
  'refundFeeAmountValue',
  'refundFeeCurrency',
] as const;

export type Row<C extends readonly string[]> = Partial<Record<C[number], string>>;

/** A.3: the literal last line of every report file. */
export const END_MARKER = '<END>';

/** The settling entity every sandbox row names (a fixed placeholder: the sandbox models one acquirer). */
export const SANDBOX_ACQUIRER = 'Alipay_SG';

export const PRODUCT_CODE = 'AGREEMENT_PAYMENT';

/** `pspName` for the Alipay+ wallets (A.4 examples: GCash, KaKaoPay); other methods leave the column empty. */
const PSP_NAMES: Readonly<Record<string, string>> = {
  ALIPAY_CN: 'Alipay',
  ALIPAY_HK: 'AlipayHK',
  BOOST: 'Boost',
  DANA: 'DANA',
  GCASH: 'GCash',
  KAKAOPAY: 'KaKaoPay',
  KPLUS: 'KPLUS',
  RABBIT_LINE_PAY: 'RabbitLinePay',
  MAYA: 'Maya',
  NAVERPAY: 'NAVERPay',
  TOSSPAY: 'TossPay',
  TNG: 'TNG',
  TRUEMONEY: 'TrueMoney',
  GRABPAY_SG: 'GrabPay',
};

export function pspNameOf(paymentMethodType: string): string {
  return PSP_NAMES[paymentMethodType] ?? '';
}
