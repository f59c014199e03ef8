window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sam.sample@example.com",
      "createdVia" : "oauth:268278",
      "username" : "sam_sample",
      "accountId" : "1460678903436467712",
      "createdAt" : "2021-11-16T18:02:11.352Z",
      "accountDisplayName" : "Sam Sample",
      "phoneNumber" : "+12025550147"
    }
  }
]
