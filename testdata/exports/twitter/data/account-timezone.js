window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "1460678903436467712",
      "timeZone" : "London"
    }
  }
]
