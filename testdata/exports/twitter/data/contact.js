window.YTD.contact.part0 = [
  {
    "contact" : {
      "id" : "7340001234567891",
      "emails" : [
        "robin.roe@example.org"
      ],
      "phoneNumbers" : [
        "+12025550181",
        "020 7946 0955"
      ]
    }
  },
  {
    "contact" : {
      "id" : "7340001234567892",
      "emails" : [ ],
      "phoneNumbers" : [
        "+442079460968"
      ]
    }
  }
]
