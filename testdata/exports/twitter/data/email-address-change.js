window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange" : {
      "accountId" : "1460678903436467712",
      "emailChange" : {
        "changedAt" : "2022-08-02T07:41:09.000Z",
        "changedFrom" : "sam.old@example.org",
        "changedTo" : "sam.sample@example.com"
      }
    }
  }
]
