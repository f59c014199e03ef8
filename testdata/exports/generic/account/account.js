window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jordan.doe@example.com",
      "phoneNumber" : "+442079460977",
      "createdVia" : "web",
      "username" : "jordan_doe",
      "accountId" : "4024007194839204",
      "createdAt" : "2020-05-14T18:20:00.000Z",
      "accountDisplayName" : "Jordan Doe"
    }
  }
]
